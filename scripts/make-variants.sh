#!/usr/bin/env bash
# Rebuild fixtures/variants/*.docx and *.pdf from their .html sources with LibreOffice
# (apt-get install libreoffice-writer-nogui fonts-noto-cjk). Not needed to run the tests.
set -euo pipefail
cd "$(dirname "$0")/../fixtures/variants"
for html in *.html; do
  name=${html%.html}
  soffice --headless --convert-to 'docx:MS Word 2007 XML' "$html" >/dev/null
  soffice --headless --convert-to pdf "$name.docx" >/dev/null
done
ls -l
