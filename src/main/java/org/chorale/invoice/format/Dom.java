package org.chorale.invoice.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks an invoice by element local names: UBL and CII each use one meaning per name at a
 * given place, so namespaces add nothing here once the root told the syntax.
 */
final class Dom {

	private Dom() {
	}

	/** The first element at the end of this path of child names. */
	static Optional<Element> first(Element from, String... path) {
		Element current = from;
		for (String name : path) {
			current = child(current, name);
			if (current == null) {
				return Optional.empty();
			}
		}
		return Optional.of(current);
	}

	/** Every element at the end of this path. */
	static List<Element> all(Element from, String... path) {
		List<Element> found = List.of(from);
		for (String name : path) {
			List<Element> next = new ArrayList<>();
			found.forEach(element -> next.addAll(children(element, name)));
			found = next;
		}
		return found;
	}

	/** The trimmed text at the end of this path, absent when missing or blank. */
	static Optional<String> text(Element from, String... path) {
		return first(from, path).map(Element::getTextContent).map(String::strip).filter(text -> !text.isEmpty());
	}

	static Optional<String> attribute(Element element, String name) {
		return Optional.of(element.getAttribute(name)).map(String::strip).filter(value -> !value.isEmpty());
	}

	private static Element child(Element parent, String name) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getLocalName())) {
				return element;
			}
		}
		return null;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

}
