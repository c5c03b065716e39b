# Sourced by the digest scripts: Debian's Chromium and ChromeDriver, installed when missing.
# shellcheck shell=bash

# Quiet unless the installation fails; needs root or sudo, and Debian's package repositories.
daybrief_ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    return 0
  fi
  local sudo=""
  if (( EUID != 0 )); then
    sudo="sudo"
  fi
  echo "daybrief: installing the Debian packages chromium and chromium-driver ..." >&2
  local log
  log="$(mktemp)"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver; } \
      >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "daybrief: could not install Chromium (full log: $log)" >&2
    return 1
  fi
  rm -f "$log"
}
