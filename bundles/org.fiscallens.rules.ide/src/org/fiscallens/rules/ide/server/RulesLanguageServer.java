package org.fiscallens.rules.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.fiscallens.rules.ide.RulesIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language server for {@code .flr} files: Xtext's {@link LanguageServerImpl} with the rule language registered
 * through its IDE module (content assist, hover, definitions, formatting of this bundle). Xtext would find languages
 * with {@link java.util.ServiceLoader}, which sees nothing across OSGi bundles, so the language is registered here.
 */
public final class RulesLanguageServer {

	private RulesLanguageServer() {
	}

	/** An injector for a server that knows the rule language (and only it). */
	public static Injector createInjector() {
		Injector language = new RulesIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
		languages.getExtensionToFactoryMap().put("flr", language.getInstance(IResourceServiceProvider.class));
		return Guice.createInjector(Modules2.mixin(new ServerModule(),
				binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages)));
	}

	/**
	 * Serves LSP (JSON-RPC with Content-Length headers) on the streams. The returned future completes when the client
	 * closes the input or sends {@code exit}.
	 */
	public static Future<Void> start(InputStream in, OutputStream out) {
		LanguageServerImpl server = createInjector().getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}
}
