import CNcursesw
import Glibc
import Synchronization

/// Signal handling that keeps the terminal sane (htop's CRT.c, swift-ncurses-facts.md).
///
/// SIGINT, SIGTERM and SIGHUP only store the signal number in ``pending``; the reader loop polls
/// it between keys, restores the terminal and exits with 128+signal. Crash signals make a
/// best-effort `endwin`, go back to the default action and are raised again, so the process
/// still dies with the right status but the user's terminal is usable.
public enum SignalTrap {
    /// The last exit signal received, 0 for none. A global because a C signal handler cannot
    /// carry context; an Atomic because the handler runs between any two instructions.
    public static let pending = Atomic<Int32>(0)

    public static let exitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    public static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

    /// The handlers that were in place before ours (the Swift runtime's backtracer handles
    /// the crash signals), so they can be put back once the terminal is restored.
    public struct Saved {
        fileprivate var actions: [(Int32, sigaction)] = []
    }

    /// Installs the flag-setting handlers. Call before `newterm`: ncurses then leaves these
    /// signals alone (it only replaces SIG_DFL) but still handles SIGTSTP and SIGWINCH.
    public static func installExitHandlers() -> Saved {
        install(exitSignals) { sig in SignalTrap.pending.store(sig, ordering: .relaxed) }
    }

    /// Installs the crash handlers (after the terminal is claimed).
    public static func installCrashHandlers() -> Saved {
        install(crashSignals) { sig in
            endwin()
            signal(sig, SIG_DFL)
            raise(sig)
        }
    }

    private static func install(_ signals: [Int32], _ handler: @convention(c) (Int32) -> Void) -> Saved {
        var saved = Saved()
        for s in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            if sigaction(s, &action, &old) == 0 { saved.actions.append((s, old)) }
        }
        return saved
    }

    /// Puts back the handlers that were there before.
    public static func restore(_ saved: Saved) {
        for (s, var old) in saved.actions { sigaction(s, &old, nil) }
    }

    /// The signal to exit for, or 0.
    public static func poll() -> Int32 { pending.load(ordering: .relaxed) }
}
