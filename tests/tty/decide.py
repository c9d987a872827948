"""Drives `httpcode decide` through a pseudo-terminal, as a person would.

usage: decide.py BINARY SCENARIO   (SCENARIO: walk, esc, ctrl-c)
Prints what the terminal showed and exits with the program's exit status.
"""
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time

binary, scenario = sys.argv[1], sys.argv[2]
env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", LINES="40")
env.pop("NO_COLOR", None)
pid, fd = pty.fork()
if pid != 0:
    # The terminal's size, as COLUMNS and LINES say.
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
if pid == 0:
    os.execve(binary, [binary, "decide"], env)

seen = b""
cursor = 0


def read_until(text, timeout=20.0):
    """Waits until `text` shows up after everything matched so far."""
    global seen, cursor
    deadline = time.time() + timeout
    needle = text.encode()
    while True:
        found = seen.find(needle, cursor)
        if found >= 0:
            cursor = found + len(needle)
            return
        if time.time() > deadline:
            sys.stdout.buffer.write(seen)
            sys.exit(f"timed out waiting for {text!r}")
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                sys.stdout.buffer.write(seen)
                sys.exit(f"the program ended before {text!r}")
            seen += chunk


def send(keys):
    time.sleep(0.2)
    os.write(fd, keys)


read_until("What should the response tell the client?")
if scenario == "walk":
    send(b"looked fine")  # typing filters the answers
    send(b"\r")
    read_until("Is this server a gateway or proxy")
    send(b"\r")  # the first answer: yes, upstream
    read_until("How did the upstream server answer?")
    send(b"back")
    send(b"\r")
    read_until("Is this server a gateway or proxy")
    send(b"\x1b[B")  # arrow down: no, the server itself
    send(b"\r")
    read_until("What went wrong on the server?")
    send(b"\r")  # the first answer: overloaded for a while
    read_until("Service Unavailable")
elif scenario == "esc":
    send(b"\x1b")
elif scenario == "ctrl-c":
    send(b"\x03")
else:
    sys.exit(f"unknown scenario {scenario}")

# Read what is left, then the exit status.
deadline = time.time() + 20
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.2)
    if ready:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(seen)
sys.exit(os.waitstatus_to_exitcode(status))
