#!/usr/bin/env bash
# An independent reader checks SecureBase's whole-file certificate signature: poppler's pdfsig
# must find exactly one signature, report it valid and covering the total document. Run after
# `mvn verify` (report-export's SampleOutputsTest writes the certificates), from the repository
# root: bash .ci/certificates.sh [FOLDER-OF-CERTIFICATES]
#
# The signer's certificate is self-signed by the sponsor, so pdfsig says the certificate is not
# trusted ("Certificate issuer is unknown"): that is expected. What this script requires is that
# the SIGNATURE validates and covers every byte of the file; trust in the key comes from the
# sponsor publishing its public key (docs/verification.md).
set -euo pipefail
folder=${1:-report-export/target/export-samples/certificates}

if ! command -v pdfsig >/dev/null 2>&1; then
  echo "installing poppler-utils (for pdfsig)..."
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; } >/dev/null 2>&1 \
    || { echo "could not install poppler-utils"; exit 1; }
fi
[ -d "$folder" ] || { echo "missing $folder: did mvn verify run report-export's SampleOutputsTest?"; exit 1; }

checked=0
for pdf in "$folder"/*.pdf; do
  [ "$(basename "$pdf")" = all-certificates.pdf ] && continue
  out=$(pdfsig "$pdf" 2>&1) || { echo "pdfsig failed on $pdf:"; echo "$out"; exit 1; }
  count=$(grep -c '^Signature #' <<<"$out" || true)
  [ "$count" -eq 1 ] || { echo "FAIL $pdf: pdfsig found $count signatures, expected 1"; echo "$out"; exit 1; }
  grep -q 'Signature Validation: Signature is Valid' <<<"$out" \
    || { echo "FAIL $pdf: pdfsig does not report the signature valid"; echo "$out"; exit 1; }
  grep -q 'Total document signed' <<<"$out" \
    || { echo "FAIL $pdf: the signature does not cover the whole document"; echo "$out"; exit 1; }
  grep -q 'Signature Type: ETSI.CAdES.detached' <<<"$out" \
    || { echo "FAIL $pdf: not a PAdES (ETSI.CAdES.detached) signature"; echo "$out"; exit 1; }
  checked=$((checked + 1))
done
[ "$checked" -gt 0 ] || { echo "FAIL: no certificate PDF in $folder"; exit 1; }

# A tampered copy must fail, or the check above could pass on anything.
tampered=$(mktemp --suffix=.pdf)
trap 'rm -f "$tampered"' EXIT
first=$(ls "$folder"/*.pdf | grep -v all-certificates.pdf | head -n 1)
cp "$first" "$tampered"
printf '\n%% appended after signing\n' >> "$tampered"
if pdfsig "$tampered" 2>&1 | grep -q 'Total document signed'; then
  echo "FAIL: pdfsig reports a copy with bytes appended after signing as wholly signed"; exit 1
fi
echo "pdfsig: $checked certificates carry one valid PAdES signature over the whole file (the self-signed signer is, as expected, not trusted); an appended copy is not wholly signed"
