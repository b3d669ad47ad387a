package org.hamkori.shared.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module listeners ({@code @ApplicationModuleListener}) run after the publishing
 * transaction commits, on Boot's task executor, so a slow or failing mail server never
 * holds up or fails the user's request; the JDBC event publication registry keeps what
 * did not complete and republishes it on restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {

}
