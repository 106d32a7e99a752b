package org.chorale.invoice;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chorale.account.AccountId;
import org.chorale.account.SignInLanding;
import org.chorale.account.SignedInUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Chorus Pro's acknowledgement window: a supplier with suspended or rejected invoices to
 * acknowledge lands on them at sign-in; once one has waited for more than seven days,
 * depositing and the issued invoices' list lead there until it is acknowledged (each
 * invoice's own page stays open, to read it first).
 */
@Configuration(proxyBeanMethods = false)
class AcknowledgementGate implements SignInLanding, WebMvcConfigurer {

	private final InvoiceProcessing processing;

	AcknowledgementGate(InvoiceProcessing processing) {
		this.processing = processing;
	}

	@Override
	public Optional<String> landing(AccountId signedIn) {
		return this.processing.toAcknowledge(signedIn).isEmpty() ? Optional.empty()
				: Optional.of(AcknowledgementController.PATH);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Overdue())
			.addPathPatterns("/structures/*/factures/**", "/structures/*/" + WorkListController.ISSUED,
					"/structures/*/flux", "/structures/*/flux/**");
	}

	private final class Overdue implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
					&& AcknowledgementGate.this.processing.toAcknowledge(user.accountId()).overdue()) {
				response.sendRedirect(request.getContextPath() + AcknowledgementController.PATH);
				return false;
			}
			return true;
		}

	}

}
