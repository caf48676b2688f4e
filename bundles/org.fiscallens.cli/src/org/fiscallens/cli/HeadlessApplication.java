package org.fiscallens.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind {@code ./fiscallens <command>}: no display, no workbench. */
public class HeadlessApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		context.applicationRunning();
		// Chinese names and messages must survive a terminal whose locale is C/POSIX
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int code = new Cli().run(args, out, err);
		out.flush();
		err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// commands are short-lived and hold no resources that need closing
	}
}
