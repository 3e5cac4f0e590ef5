# Floor of bench/check (issue 17): unzip the parts the reader inflates (src/submission/read-workbook.ts) with Python's
# zipfile (zlib) and run the C expat parser over each, visiting every element; nothing else.
#   /usr/bin/python3 bench/expat-floor.py <folder>
import os
import re
import sys
import xml.parsers.expat
import zipfile

WANTED = re.compile(r'^(\[Content_Types\]\.xml|xl/workbook\.xml|xl/_rels/workbook\.xml\.rels|xl/sharedStrings\.xml|xl/styles\.xml|xl/worksheets/[^/]+\.xml)$')
folder = sys.argv[1]
elements = 0


def start(name, attrs):
    global elements
    elements += 1


for name in sorted(os.listdir(folder)):
    if not name.endswith('.xlsx'):
        continue
    with zipfile.ZipFile(os.path.join(folder, name)) as z:
        for part in z.namelist():
            if WANTED.match(part):
                parser = xml.parsers.expat.ParserCreate()
                parser.StartElementHandler = start
                parser.Parse(z.read(part), True)
if elements == 0:
    sys.exit('nothing parsed')
print(elements)
