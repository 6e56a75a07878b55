#!/bin/sh
# Run a command with a fresh, unlocked gnome-keyring Secret Service (inside dbus-run-session).
set -e
export HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)"
export XDG_DATA_HOME="$HOME/.local/share"
eval "$(printf '%s' 'test-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
