package org.chorale.cpro;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.structure.DemoStructures;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;
import org.chorale.system.ConditionalOnDemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a demo instance, an API client and a technical user for the demo supplier and the
 * demo recipient, so that a Chorus Pro connector can be tried at once; their credentials
 * are printed at start-up.
 */
@Component
@ConditionalOnDemoData
@Order(3)
class DemoConnections implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConnections.class);

	private final Connections connections;

	private final StructureManagement structures;

	private final DemoConnectionProperties demo;

	DemoConnections(Connections connections, StructureManagement structures, DemoConnectionProperties demo) {
		this.connections = connections;
		this.structures = structures;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		StructureView supplier = structure(DemoStructures.SUPPLIER_SIRET);
		StructureView recipient = structure(DemoStructures.RECIPIENT_SIRET);
		this.connections.ensureClient(supplier.id(), this.demo.api().clientId(), this.demo.api().clientSecret());
		this.connections.ensureTechnicalAccount(supplier.id(), this.demo.supplier().technicalLogin(),
				this.demo.supplier().technicalPassword());
		this.connections.ensureTechnicalAccount(recipient.id(), this.demo.recipient().technicalLogin(),
				this.demo.recipient().technicalPassword());
		log.info("""

				Demo API (demo data only, see README): token from POST /api/oauth/token
				  client_id {} / client_secret {}
				  cpro-account of the supplier  {}:{}
				  cpro-account of the recipient {}:{}
				""", this.demo.api().clientId(), this.demo.api().clientSecret(), this.demo.supplier().technicalLogin(),
				this.demo.supplier().technicalPassword(), this.demo.recipient().technicalLogin(),
				this.demo.recipient().technicalPassword());
	}

	private StructureView structure(String siret) {
		return this.structures.find(StructureIdentifier.of(new Siret(siret))).orElseThrow();
	}

}
