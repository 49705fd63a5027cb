#!/bin/sh
# Makes the Word documents the .docx importer is tested with, as a real word processor writes them:
# LibreOffice converts each .html source here to .docx (merged cells become w:vMerge, lists become
# numbered paragraphs, page breaks split the tables). Run from this folder after changing a source,
# and commit the .docx files with it. corrupt.docx is dundee-part-3.docx cut off part-way, as a copy
# interrupted while saving leaves it.
set -eu
cd "$(dirname "$0")"
profile=$(mktemp -d)
for source in dundee-part-3 second-council no-framework-table three-problems own-headings; do
    soffice -env:UserInstallation=file://"$profile" --headless --infilter="HTML (StarWriter)" \
        --convert-to 'docx:MS Word 2007 XML' --outdir . "$source.html" >/dev/null
done
# The same table saved in Word 97-2003's binary format, which the importer refuses with what to do.
soffice -env:UserInstallation=file://"$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to 'doc:MS Word 97' --outdir . dundee-part-3.html >/dev/null
rm -rf "$profile"
head -c 6000 dundee-part-3.docx > corrupt.docx
