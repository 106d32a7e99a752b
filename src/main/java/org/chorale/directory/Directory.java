package org.chorale.directory;

import java.util.List;
import java.util.Optional;

import org.chorale.shared.StructureIdentifier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as every other part of Chorale reads it: the routing decision each
 * deposit channel asks, and the search suppliers run before depositing.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	/** Pages beyond this one are not served: a search that broad needs more words. */
	static final int LAST_PAGE = 49;

	private final DirectoryQueries queries;

	Directory(DirectoryQueries queries) {
		this.queries = queries;
	}

	/**
	 * Where an invoice with this recipient, service code and commitment number goes, or
	 * every reason it cannot go; the same answer for every deposit channel.
	 */
	public RoutingDecision route(RoutingRequest request) {
		return RoutingRules.decide(request, this.queries.routingFacts(request));
	}

	/**
	 * Recipients whose name, postal code, city or identifier have words starting with
	 * each word typed.
	 */
	public SearchPage<RecipientView> search(String typed, int page) {
		int bounded = Math.max(0, Math.min(page, LAST_PAGE));
		return SearchText.query(typed)
			.map(query -> SearchPage.of(this.queries.search(query, bounded), bounded))
			.orElse(new SearchPage<>(List.of(), 0, false));
	}

	/**
	 * {@code limit} of the recipients the words find from the {@code offset}-th, in the
	 * search page's order, with how many they find: the API's numbered pages.
	 */
	public Slice<RecipientView> search(String typed, int offset, int limit) {
		return SearchText.query(typed)
			.map(query -> new Slice<>(this.queries.search(query, limit, offset), this.queries.searchCount(query)))
			.orElse(new Slice<>(List.of(), 0));
	}

	public Optional<RecipientView> recipient(long id) {
		return this.queries.recipient(id);
	}

	public Optional<RecipientView> recipient(StructureIdentifier identifier) {
		return this.queries.recipient(identifier);
	}

	/** A page of a recipient's services by code, those whose code or name start so. */
	public SearchPage<ServiceView> services(long recipient, String startingWith, int page) {
		int bounded = Math.max(0, page);
		return SearchPage.of(this.queries.services(recipient, startingWith.strip(), bounded), bounded);
	}

	/**
	 * {@code limit} of a recipient's services by code from the {@code offset}-th, with
	 * how many it has: the API's pages, whose size the caller chooses.
	 */
	public Slice<ServiceView> services(long recipient, int offset, int limit) {
		return new Slice<>(this.queries.services(recipient, "", limit, offset), this.queries.serviceCount(recipient));
	}

	public Optional<ServiceView> service(long recipient, long id) {
		return this.queries.service(recipient, id);
	}

	/** Part of a list, and how long the whole list is. */
	public record Slice<T>(List<T> items, long total) {

	}

}
