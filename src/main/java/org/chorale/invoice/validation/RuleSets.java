package org.chorale.invoice.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.helger.io.resource.inmemory.ReadableResourceByteArray;
import com.helger.phive.api.execute.IValidationExecutorCacheSupport;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.france.FranceCTCValidation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.phive.zugferd.ZugferdValidation;

/**
 * The compiled rule sets, shared by all threads (phive's registry and its XSLT cache are
 * thread-safe). Compiling one takes seconds, so {@link #warmUp()} does them all before
 * the first invoice arrives.
 */
public final class RuleSets {

	private final Map<RuleSet, IValidationExecutorSet<IValidationSourceXML>> sets = new EnumMap<>(RuleSet.class);

	public RuleSets() {
		ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
		EN16931Validation.initEN16931(registry);
		ZugferdValidation.initZugferd(registry);
		FranceCTCValidation.initFranceCTC(registry);
		for (RuleSet set : RuleSet.values()) {
			this.sets.put(set, registry.getOfID(set.id()));
		}
	}

	/** Compiles every schema and Schematron now rather than on a user's first invoice. */
	public void warmUp() {
		this.sets.values()
			.forEach(set -> set.getAllExecutors()
				.stream()
				.filter(IValidationExecutorCacheSupport.class::isInstance)
				.forEach(executor -> ((IValidationExecutorCacheSupport) executor).ensureItemIsInCache()));
	}

	/** The rule set's identifier and version, recorded with each result. */
	public String version(RuleSet set) {
		return this.sets.get(set).getID().getAsSingleID();
	}

	/** Every finding of the schema, then the Schematron if the schema passed. */
	List<Finding> check(RuleSet set, String name, byte[] xml) {
		ValidationResultList results = ValidationExecutionManager.executeValidation(
				IValidityDeterminator.createDefault(), this.sets.get(set),
				ValidationSourceXML.create(new ReadableResourceByteArray(name, xml, false)));
		return results.getAllFailures().stream().map(PhiveFindings::of).toList();
	}

	/**
	 * The Schematron layers alone, for rule tests whose documents are fragments that no
	 * schema accepts.
	 */
	List<Finding> checkRulesOnly(RuleSet set, String name, byte[] xml) {
		IValidationExecutorSet<IValidationSourceXML> full = this.sets.get(set);
		List<IValidationExecutor<IValidationSourceXML>> rules = full.getAllExecutors()
			.stream()
			.filter(executor -> executor.getValidationArtefact().getValidationType().getBaseType().isSchematron())
			.toList();
		ValidationSourceXML source = ValidationSourceXML.create(new ReadableResourceByteArray(name, xml, false));
		ValidationResultList results = new ValidationResultList(source);
		rules.forEach(executor -> results
			.add(executor.applyValidation(source, IValidityDeterminator.createDefault(), java.util.Locale.ENGLISH)));
		return results.getAllFailures().stream().map(PhiveFindings::of).toList();
	}

}
