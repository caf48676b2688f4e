package org.fiscallens.memo.internal;

import java.util.Hashtable;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers Log4j's own simple logger (errors to stderr) as the provider of the Log4j API, which POI logs through.
 * Without any provider the API bundle's activator keeps a startup lock for ever when the framework's start-level
 * thread runs it (SPI Fly loads its classes there, in the product), and the first POI class loaded afterwards hangs.
 * That activator looks for provider services whenever a bundle starts, on the thread that starts it: the product starts
 * this bundle at start level 3, after SPI Fly, so the lock is released on the thread that holds it.
 */
public final class Log4jProvider implements BundleActivator {

	private ServiceRegistration<Provider> registration;

	@Override
	public void start(BundleContext context) {
		Hashtable<String, Object> properties = new Hashtable<>();
		properties.put("APIVersion", "2.6.0");
		registration = context.registerService(Provider.class,
				new Provider(1, "2.6.0", SimpleLoggerContextFactory.class), properties);
	}

	@Override
	public void stop(BundleContext context) {
		if (registration != null) {
			registration.unregister();
		}
	}
}
