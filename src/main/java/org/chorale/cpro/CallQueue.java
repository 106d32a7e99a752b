package org.chorale.cpro;

import java.lang.reflect.Type;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * API calls do their work a few at a time, in the order they came: a call takes its turn
 * once its body is read and gives it back before its answer is written, so a slow client
 * holds no turn. Thirty-two connectors calling at once on two processors then each wait
 * their turn instead of all sharing the processors and all finishing late; the processors
 * switch less, which also makes more calls per second.
 * ({@code chorale.cpro.concurrent-calls}, twice the processors by default.)
 */
@ControllerAdvice(annotations = CproApi.class)
class CallQueue extends RequestBodyAdviceAdapter implements ResponseBodyAdvice<Object> {

	private static final String TURN = CallQueue.class.getName() + ".turn";

	private final Semaphore turns;

	CallQueue(CproProperties properties) {
		this.turns = new Semaphore(properties.callsAtOnce(), true);
	}

	/**
	 * Runs work that waits for something else (the deposit workers, say) without holding
	 * the call's turn meanwhile.
	 */
	<T> T aside(Supplier<T> waiting) {
		HttpServletRequest request = current();
		boolean held = request != null && request.getAttribute(TURN) != null;
		if (held) {
			leave(request);
		}
		try {
			return waiting.get();
		}
		finally {
			if (held) {
				take(request);
			}
		}
	}

	/** Gives back the call's turn if it holds one (the API's filter does, at the end). */
	static void leave(HttpServletRequest request) {
		Object turn = request.getAttribute(TURN);
		if (turn instanceof Semaphore turns) {
			request.removeAttribute(TURN);
			turns.release();
		}
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		take(current());
		return body;
	}

	@Override
	public Object handleEmptyBody(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		take(current());
		return body;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		HttpServletRequest servlet = current();
		if (servlet != null) {
			leave(servlet);
		}
		return body;
	}

	private void take(HttpServletRequest request) {
		if (request == null || request.getAttribute(TURN) != null) {
			return;
		}
		this.turns.acquireUninterruptibly();
		request.setAttribute(TURN, this.turns);
	}

	private static HttpServletRequest current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

}
