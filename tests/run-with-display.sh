#!/bin/sh
# Runs a test that needs an X display: as is when one is set, under a private Xvfb otherwise.
if [ -n "$DISPLAY" ]; then
    exec "$@"
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "run-with-display: no DISPLAY and no xvfb-run; install xvfb (scripts/setup-debian does)" >&2
    exit 1
fi
exec xvfb-run -a -s "-screen 0 1600x1200x24" "$@"
