#!/usr/bin/env bash
# Installs the Debian packages Kakanai's tests and renderer need, when they are missing.
# Called by the Maven build (validate phase) and by .ci/run, so a fresh machine needs no manual step.
set -euo pipefail
packages=(pcscd vsmartcard-vpcd libpcsclite1 fonts-ipaexfont fonts-ipamj-mincho fonts-nanum poppler-utils chromium chromium-driver postgresql unicode-data bzip2)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Kakanai: installing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Kakanai: please install as root: apt-get install ${missing[*]}" >&2; exit 1; }
  sudo="sudo -n"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
