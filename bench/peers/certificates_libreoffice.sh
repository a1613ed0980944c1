#!/usr/bin/env bash
# Peer of `securebase certificates`: a mail merge the way an office user would do it without
# SecureBase: fill a flat-ODF certificate template once per trainee, then let LibreOffice
# (headless) convert every filled document to PDF in one batch. No signature, no verification
# code: the peer does less than `securebase certificates`.
#
# Usage: certificates_libreoffice.sh N OUTDIR
set -euo pipefail
n=${1:?usage: certificates_libreoffice.sh N OUTDIR}
out=${2:?usage: certificates_libreoffice.sh N OUTDIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v soffice >/dev/null 2>&1 || { echo "certificates_libreoffice.sh: soffice (LibreOffice) not found" >&2; exit 3; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/filled" "$out"
template=$(<"$here/certificate-template.fodt")
for ((i = 1; i <= n; i++)); do
  doc=${template//@@NAME@@/Simulated trainee $i}
  doc=${doc//@@COURSE@@/Foundations of Emotionally Focused Therapy}
  doc=${doc//@@SPONSOR@@/Riverside Counseling Training Institute}
  doc=${doc//@@HOURS@@/6.0}
  doc=${doc//@@DATE@@/2 March 2026}
  doc=${doc//@@SCORE@@/52 of 60}
  doc=${doc//@@NUMBER@@/PEER-$(printf '%05d' "$i")}
  printf '%s\n' "$doc" >"$work/filled/certificate-$(printf '%05d' "$i").fodt"
done
# A private profile so a running LibreOffice or a parallel run cannot interfere. Batches of 100
# documents per LibreOffice start: LibreOffice 7.4 stops silently after a few hundred documents
# in one --convert-to call.
find "$work/filled" -name '*.fodt' -print0 | sort -z | xargs -0 -n 100 \
  soffice -env:UserInstallation="file://$work/profile" --headless --norestore --convert-to pdf --outdir "$out" \
  >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; exit 1; }
count=$(find "$out" -maxdepth 1 -name 'certificate-*.pdf' | wc -l)
[ "$count" -ge "$n" ] || { echo "certificates_libreoffice.sh: only $count of $n PDFs were written" >&2; cat "$work/soffice.log" >&2; exit 1; }
