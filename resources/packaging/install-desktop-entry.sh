#!/bin/sh
# Add CoachDesk to the desktop's application menu (Linux). Run from the unpacked folder:
#   ./install-desktop-entry.sh            for this user (~/.local/share)
#   sudo ./install-desktop-entry.sh --system   for everyone (/usr/local/share), e.g. from /opt/CoachDesk
# The entry points at this folder; run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--system" ]; then
  share=/usr/local/share
else
  share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
mkdir -p "$share/applications" "$share/icons/hicolor/256x256/apps"
cp "$here/coachdesk.png" "$share/icons/hicolor/256x256/apps/coachdesk.png"
sed -e "s|^Exec=.*|Exec=\"$here/CoachDesk\"|" -e "s|^TryExec=.*||" \
  "$here/coachdesk.desktop" > "$share/applications/coachdesk.desktop"
chmod 644 "$share/applications/coachdesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
echo "CoachDesk added to the application menu ($share/applications/coachdesk.desktop)"
