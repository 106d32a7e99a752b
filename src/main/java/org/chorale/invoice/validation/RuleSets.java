package org.chorale.invoice.validation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;

import com.helger.diagnostics.error.list.ErrorList;
import com.helger.io.resource.IReadableResource;
import com.helger.phive.api.EValidationType;
import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.france.FranceCTCValidation;
import com.helger.phive.xml.schematron.ValidationExecutorSchematron;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.xsd.ValidationExecutorXSD;
import com.helger.phive.zugferd.ZugferdValidation;
import com.helger.xml.sax.WrappedCollectingSAXErrorHandler;
import net.sf.saxon.dom.NodeOverNodeInfo;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The rule sets of phive-rules (each a schema, then one or more Schematron stylesheets),
 * shared by all threads.
 *
 * <p>
 * phive's registry names the rule sets, their versions and their artefacts; Chorale runs
 * those artefacts itself, in one parse: the document goes once through the XML parser,
 * whose events feed at the same time the schema's validator and the tree the stylesheets
 * then read (phive parses twice, and Chorale read the invoice from a third parse). The
 * stylesheets' reports are read as they are written, keeping only what failed (see
 * {@link SvrlFailures}). The findings are phive's own, as the corpus tests check file by
 * file. Compiling a rule set takes seconds, so {@link #warmUp()} does them all before the
 * first invoice arrives.
 */
public final class RuleSets {

	/** The Schematron forms Chorale runs: stylesheets phive-rules ships compiled. */
	private static final Set<EValidationType> STYLESHEETS = EnumSet.of(EValidationType.SCHEMATRON_XSLT,
			EValidationType.SCHEMATRON_XSLT1, EValidationType.SCHEMATRON_XSLT2, EValidationType.SCHEMATRON_XSLT3);

	private final Map<RuleSet, IValidationExecutorSet<IValidationSourceXML>> sets = new EnumMap<>(RuleSet.class);

	private final Map<RuleSet, Layers> compiled = new ConcurrentHashMap<>();

	private final Processor saxon = new Processor(false);

	public RuleSets() {
		ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
		EN16931Validation.initEN16931(registry);
		ZugferdValidation.initZugferd(registry);
		FranceCTCValidation.initFranceCTC(registry);
		for (RuleSet set : RuleSet.values()) {
			this.sets.put(set, registry.getOfID(set.id()));
		}
	}

	/** Compiles every schema and stylesheet now rather than on a user's first invoice. */
	public void warmUp() {
		this.sets.keySet().forEach(this::layers);
	}

	/** The rule set's identifier and version, recorded with each result. */
	public String version(RuleSet set) {
		return this.sets.get(set).getID().getAsSingleID();
	}

	/**
	 * Parses the document once, checking it against the schema meanwhile; then, if the
	 * schema passed, against the Schematron stylesheets.
	 * @throws Unreadable for a DOCTYPE or XML that is not well-formed
	 */
	Checked check(RuleSet set, String name, byte[] xml) throws Unreadable {
		Layers layers = layers(set);
		ErrorList schemaErrors = new ErrorList();
		ValidatorHandler schema = layers.schema().newValidatorHandler();
		schema.setErrorHandler(new WrappedCollectingSAXErrorHandler(schemaErrors));
		english(schema);
		BuildingContentHandler tree = tree();
		SafeXml.parse(xml, new TeeContentHandler(schema, tree));
		XdmNode document = document(tree, name);
		List<Finding> findings = new ArrayList<>(
				schemaErrors.getAllFailures().stream().map(PhiveFindings::of).toList());
		if (findings.stream().noneMatch(Finding::error)) {
			findings.addAll(rules(layers, document, name));
		}
		return new Checked((Document) NodeOverNodeInfo.wrap(document.getUnderlyingNode()), findings);
	}

	/**
	 * The Schematron layers alone, for rule tests whose documents are fragments that no
	 * schema accepts.
	 */
	List<Finding> checkRulesOnly(RuleSet set, String name, byte[] xml) throws Unreadable {
		BuildingContentHandler tree = tree();
		SafeXml.parse(xml, tree);
		return rules(layers(set), document(tree, name), name);
	}

	/** phive's own executors of a rule set: what the benchmark and tests compare with. */
	IValidationExecutorSet<IValidationSourceXML> phive(RuleSet set) {
		return this.sets.get(set);
	}

	private List<Finding> rules(Layers layers, XdmNode document, String name) {
		SvrlFailures failures = new SvrlFailures(name);
		for (XsltExecutable stylesheet : layers.rules()) {
			XsltTransformer transformer = stylesheet.load();
			transformer.setInitialContextNode(document);
			transformer.setDestination(new SAXDestination(failures));
			try {
				transformer.transform();
			}
			catch (SaxonApiException ex) {
				throw new IllegalStateException("A Schematron stylesheet failed on " + name, ex);
			}
		}
		return failures.errors().stream().map(PhiveFindings::of).toList();
	}

	private Layers layers(RuleSet set) {
		return this.compiled.computeIfAbsent(set, this::compile);
	}

	private Layers compile(RuleSet set) {
		Schema schema = null;
		List<XsltExecutable> rules = new ArrayList<>();
		for (IValidationExecutor<IValidationSourceXML> executor : this.sets.get(set).getAllExecutors()) {
			if (executor instanceof ValidationExecutorXSD xsd && schema == null) {
				schema = xsd.getSchemaProvider().get();
			}
			else if (executor instanceof ValidationExecutorSchematron schematron
					&& STYLESHEETS.contains(executor.getValidationArtefact().getValidationType())
					&& schematron.getPrerequisiteXPath() == null) {
				rules.add(stylesheet(executor.getValidationArtefact().getRuleResource()));
			}
			else {
				throw new IllegalStateException("Chorale cannot run " + executor + " of " + set);
			}
		}
		if (schema == null) {
			throw new IllegalStateException(set + " has no schema");
		}
		return new Layers(schema, List.copyOf(rules));
	}

	private XsltExecutable stylesheet(IReadableResource resource) {
		try (InputStream in = resource.getInputStream()) {
			return this.saxon.newXsltCompiler().compile(new StreamSource(in, resource.getAsURL().toExternalForm()));
		}
		catch (IOException | SaxonApiException | RuntimeException ex) {
			throw new IllegalStateException("Cannot compile " + resource.getPath(), ex);
		}
	}

	private BuildingContentHandler tree() {
		try {
			return this.saxon.newDocumentBuilder().newBuildingContentHandler();
		}
		catch (SaxonApiException ex) {
			throw new IllegalStateException("Saxon cannot build trees", ex);
		}
	}

	private static XdmNode document(BuildingContentHandler tree, String name) {
		try {
			return tree.getDocumentNode();
		}
		catch (SaxonApiException ex) {
			throw new IllegalStateException("No tree built for " + name, ex);
		}
	}

	/** Schema messages in English, which {@link PhiveFindings} reads. */
	private static void english(ValidatorHandler schema) {
		try {
			schema.setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
		}
		catch (SAXException ex) {
			// a validator without the property speaks the JVM's language
		}
	}

	private record Layers(Schema schema, List<XsltExecutable> rules) {

	}

	/**
	 * @param document the parsed invoice, read-only
	 * @param findings the schema's, then the stylesheets'
	 */
	record Checked(Document document, List<Finding> findings) {

	}

}
