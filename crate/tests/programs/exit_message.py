# sys.exit("message"): the message goes to stderr, the exit status is 1, and
# nothing after it runs.
import sys

print("before")
sys.stderr.write("a line on stderr\n")


def leave():
    sys.exit("bye: something went wrong")


leave()
print("never printed")
