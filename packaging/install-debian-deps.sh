#!/usr/bin/env bash
# Installs the Debian packages backbreak needs, idempotently.
#   packaging/install-debian-deps.sh          what the app needs to run (Qt's xcb platform libs)
#   packaging/install-debian-deps.sh --test   plus the virtual desktop the test suite drives
# Must run as root (or through sudo). Safe to run again: apt-get skips what is installed.
set -euo pipefail

# Qt >= 6.5 on Linux needs libxcb-cursor0 and friends for its xcb platform plugin, and the
# libwayland-* libraries for its wayland one (without them Qt cannot load it and runs through
# XWayland, if at all, where the compositor's idle time is out of reach).
runtime=(
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
  libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
  libxss1
  libwayland-client0 libwayland-cursor0 libwayland-egl1
)
# The desktop test layer: an X server, a session bus, both tray protocols (XEmbed via
# trayer; StatusNotifierItem via status-notifier-watcher + gtk-sni-tray-standalone),
# a notification daemon, and tools to drive and photograph the screen. The accessibility bus
# and Debian's Python with its AT-SPI bindings read the card as a screen reader does, and GTK's
# platform theme carries the app's light or dark choice to Qt (tests/desktop/test_card_safety.py).
# The freedesktop validators check the desktop files (desktop-file-validate, appstreamcli
# validate and compose: tests/integration/test_appstream_compose.py), and flatpak-builder
# reads the Flatpak manifest offline (tests/integration/test_flatpak_manifest.py).
# python3-dbusmock plays logind, GNOME's screensaver and a notification daemon for
# tests/platform/test_dbusmock_*.py, run by Debian's python3 (its dbus-python comes along).
# The Wayland desktops: headless sway, waybar as its StatusNotifierItem tray, grim for
# screenshots (tests/desktop/sway_session.py); headless Mutter for GNOME's idle monitor
# (mutter_session.py; 55 packages, about 210 MB, most of it libraries GNOME shares).
# A sound server for the calls (tests/platform/test_calls.py): PipeWire with WirePlumber and
# its PulseAudio server, and pactl and parecord (the call) from pulseaudio-utils.
testing=(
  xvfb dbus dbus-x11 x11-utils xdotool imagemagick trayer dunst libnotify-bin procps
  haskell-status-notifier-item-utils haskell-gtk-sni-tray-utils desktop-file-utils appstream
  appstream-compose flatpak-builder
  libglib2.0-bin gsettings-desktop-schemas
  at-spi2-core python3-gi gir1.2-atspi-2.0 libgtk-3-0
  python3-dbusmock
  sway waybar grim mutter
  pipewire wireplumber pipewire-pulse pulseaudio-utils
)

want=("${runtime[@]}")
if [ "${1:-}" = "--test" ]; then want+=("${testing[@]}"); fi

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
