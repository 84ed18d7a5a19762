#!/usr/bin/env python3
"""Whole-process open time of the reader, as a user feels it: start `dossier FILE` in a
pseudo-terminal (100x30, TERM=xterm-256color), read its output until the article's title is on
screen, and stop the clock there. Compared with `less` opened the same way.

    python3 Tools/bench-open.py .build/release/dossier [--runs 10] [--megabytes 5]

Measures the built-in reference article and a large text made by repeating the reference
article's plain text to --megabytes. Prints the median and the fastest run of each, in ms.
"""
import argparse, fcntl, os, pty, re, select, signal, statistics, struct, subprocess, sys, tempfile, termios, time

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78cDEHM]")


def open_time(argv, needle, env, timeout=10.0):
    """Milliseconds from fork to `needle` appearing in the screen output (escapes stripped)."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    buf = b""
    found = None
    deadline = start + timeout
    try:
        while time.perf_counter() < deadline:
            r, _, _ = select.select([fd], [], [], 0.05)
            if fd in r:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                buf += chunk
                if needle in ESCAPES.sub(b"", buf):
                    found = (time.perf_counter() - start) * 1000
                    break
    finally:
        try:
            os.write(fd, b"q")
        except OSError:
            pass
        # `q` quits the reader; the library view takes it as filter text, so a process still
        # running after a moment gets SIGTERM (it restores the terminal and exits), then SIGKILL.
        for sig in (None, signal.SIGTERM, signal.SIGKILL):
            if sig is not None:
                os.kill(pid, sig)
            end = time.perf_counter() + 1
            done = 0
            while time.perf_counter() < end:
                done, _ = os.waitpid(pid, os.WNOHANG)
                if done:
                    break
                r, _, _ = select.select([fd], [], [], 0.01)
                if fd in r:
                    try:
                        os.read(fd, 65536)
                    except OSError:
                        pass
            if done:
                break
        os.close(fd)
    return found


def measure(name, argv, needle, env, runs):
    times = [open_time(argv, needle, env) for _ in range(runs)]
    ok = [t for t in times if t is not None]
    if not ok:
        print(f"{name}: the title never appeared")
        return None
    print(f"{name}: median {statistics.median(ok):.1f} ms, fastest {min(ok):.1f} ms ({len(ok)}/{runs} runs)")
    return statistics.median(ok)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dossier")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--megabytes", type=float, default=5)
    ap.add_argument("--no-less", action="store_true", help="skip the less comparison")
    a = ap.parse_args()
    binary = os.path.realpath(a.dossier)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, TERM="xterm-256color", LC_ALL="C.UTF-8", XDG_STATE_HOME=tmp, XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp)
        env.pop("NO_COLOR", None)
        plain = subprocess.run([binary, "--plain"], capture_output=True, env=env, check=True).stdout
        title = plain.split(b"\n", 1)[0].strip()
        needle = title.split()[-1]  # one word: no escape sequence can fall inside it
        reference = os.path.join(tmp, "reference.txt")
        with open(reference, "wb") as f:
            f.write(plain)
        big = os.path.join(tmp, "big.txt")
        with open(big, "wb") as f:
            f.write(plain)
            size = len(plain)
            while size < a.megabytes * 1048576:
                f.write(b"\n\n" + plain.split(b"\n\n", 1)[1])
                size += len(plain)
        mb = os.path.getsize(big) / 1048576
        print(f"open time in a 100x30 pseudo-terminal until “{needle.decode()}” is on screen, {a.runs} runs each")
        # With no file and no library, dossier opens the built-in sample library.
        measure("dossier, built-in sample library", [binary], b"Sample", env, a.runs)
        measure("dossier, reference article file", [binary, reference], needle, env, a.runs)
        measure(f"dossier, {mb:.1f} MB text", [binary, big], needle, env, a.runs)
        less = subprocess.run(["sh", "-c", "command -v less"], capture_output=True, text=True).stdout.strip()
        if less and not a.no_less:
            measure("less, reference article file", [less, reference], needle, env, a.runs)
            measure(f"less, {mb:.1f} MB text", [less, big], needle, env, a.runs)


if __name__ == "__main__":
    main()
