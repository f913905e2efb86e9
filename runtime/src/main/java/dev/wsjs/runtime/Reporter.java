package dev.wsjs.runtime;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one error-reporting path, like a browser console: everything uncaught ends up here, is
 * printed to the error stream and counted (exit status 1 on the command line).
 */
final class Reporter {
    private final PrintStream err;
    private final AtomicInteger count = new AtomicInteger();
    private final Runnable onFirst;

    Reporter(PrintStream err, Runnable onReport) {
        this.err = err;
        this.onFirst = onReport;
    }

    /** Prints an already formatted report ("Uncaught TypeError: ...") and counts it. */
    void report(String text) {
        err.println(text);
        err.flush();
        count.incrementAndGet();
        onFirst.run();
    }

    int count() {
        return count.get();
    }

    /** Formats an exception without help from JS: syntax errors, failures before the platform loaded. */
    static String format(Throwable t) {
        if (t instanceof PolyglotException pe) {
            StringBuilder sb = new StringBuilder();
            if (pe.isSyntaxError()) {
                SourceSection s = pe.getSourceLocation();
                sb.append("Uncaught SyntaxError: ").append(pe.getMessage());
                if (s != null) sb.append("\n    at ").append(location(s));
                return sb.toString();
            }
            if (pe.isHostException()) {
                Throwable host = pe.asHostException();
                return "Uncaught (host) " + host;
            }
            sb.append("Uncaught ").append(pe.getMessage());
            for (PolyglotException.StackFrame f : pe.getPolyglotStackTrace()) {
                if (!f.isGuestFrame() || f.getSourceLocation() == null) continue;
                String name = f.getRootName();
                sb.append("\n    at ");
                if (name != null && !name.isEmpty() && !name.equals(":program")) sb.append(name).append(" (").append(location(f.getSourceLocation())).append(')');
                else sb.append(location(f.getSourceLocation()));
            }
            return sb.toString();
        }
        return "Uncaught (internal) " + t;
    }

    static String location(SourceSection s) {
        String name = s.getSource().getPath() != null ? s.getSource().getPath() : s.getSource().getName();
        return name + ":" + s.getStartLine() + ":" + s.getStartColumn();
    }
}
