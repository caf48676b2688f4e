package org.fiscallens.rules.ide.tests;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.fiscallens.rules.ide.server.RulesLanguageServer;

/**
 * An LSP client connected to the rule language server over a pair of pipes, in this JVM: everything between them is
 * JSON-RPC, exactly as with an editor talking to {@code ./fiscallens lsp} over stdio.
 */
final class TestClient implements LanguageClient, AutoCloseable {

	private static final int TIMEOUT_SECONDS = 60;

	private final Map<String, CompletableFuture<PublishDiagnosticsParams>> diagnostics = new ConcurrentHashMap<>();
	private final LanguageServer server;
	private final Future<Void> serverRunning;
	private final Future<Void> clientRunning;

	TestClient(Path workspace) throws Exception {
		PipedOutputStream clientOut = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
		serverRunning = RulesLanguageServer.start(serverIn, serverOut);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, clientIn, clientOut);
		clientRunning = launcher.startListening();
		server = launcher.getRemoteProxy();
		InitializeParams init = new InitializeParams();
		init.setProcessId((int) ProcessHandle.current().pid());
		// Xtext 2.42 reads the (deprecated) root URI; newer clients send workspace folders as well
		init.setRootUri(workspace.toUri().toString());
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "rules")));
		init.setCapabilities(new ClientCapabilities());
		await(server.initialize(init));
		server.initialized(new InitializedParams());
	}

	LanguageServer server() {
		return server;
	}

	/** Opens a document (it need not exist on disk) and returns a future of its first published diagnostics. */
	CompletableFuture<PublishDiagnosticsParams> open(String uri, String text) {
		CompletableFuture<PublishDiagnosticsParams> published = diagnosticsOf(uri);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "flr", 1, text)));
		return published;
	}

	private CompletableFuture<PublishDiagnosticsParams> diagnosticsOf(String uri) {
		return diagnostics.computeIfAbsent(fileName(uri), k -> new CompletableFuture<>());
	}

	static <T> T await(Future<T> future) throws Exception {
		return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	/** Xtext spells file URIs its own way (file:/// or file:/): documents are matched by their file name. */
	private static String fileName(String uri) {
		return uri.substring(uri.lastIndexOf('/') + 1);
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnosticsOf(params.getUri()).complete(params);
	}

	@Override
	public void telemetryEvent(Object object) {
		// not used by the server
	}

	@Override
	public void showMessage(MessageParams messageParams) {
		System.err.println("server says: " + messageParams.getMessage());
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		System.err.println("server log: " + message.getMessage());
	}

	@Override
	public void close() throws IOException {
		try {
			// no exit: Xtext's server answers it with System.exit, which would end the test run
			await(server.shutdown());
		} catch (Exception e) {
			throw new IOException("the server did not shut down", e);
		}
		serverRunning.cancel(true);
		clientRunning.cancel(true);
	}
}
