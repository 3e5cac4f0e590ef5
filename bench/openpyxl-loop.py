# Baseline of bench/check (issue 17): read every .xlsx of a folder with openpyxl in read-only mode, every row of every
# sheet (values only). Run with Debian's python3-openpyxl: /usr/bin/python3 bench/openpyxl-loop.py <folder>
import os
import sys

import openpyxl

folder = sys.argv[1]
rows = 0
for name in sorted(os.listdir(folder)):
    if not name.endswith('.xlsx'):
        continue
    wb = openpyxl.load_workbook(os.path.join(folder, name), read_only=True, data_only=True)
    for ws in wb.worksheets:
        for _ in ws.iter_rows(values_only=True):
            rows += 1
    wb.close()
print(rows)
