"""Fills comment forms as a unit would, with a client the tool did not write (openpyxl).

Reads a JSON list on stdin: [{"src": form.xlsx, "dst": reply.xlsx, "cells": {"y_chung": "Thống nhất toàn bộ", ...}}, ...]
and writes each reply, setting every named cell (the form's defined names y_<CODE>, g_<CODE>, dx<n>_<field>);
"meta" sets `_meta` values, "drop_meta" removes the sheet (a program that loses it on re-save).
With "answers": {"key": "text"} on an entry whose src is a synthesis, fills its "Giải trình, tiếp thu" column by the
hidden key column instead (the Office answering comments).
"""
import json
import sys

import openpyxl


def destination(wb, name):
    names = wb.defined_names
    dn = names[name] if hasattr(names, '__getitem__') and not hasattr(names, 'definedName') else names.get(name)
    if dn is None:
        raise SystemExit(f'no defined name {name}')
    sheet, coord = next(iter(dn.destinations))
    return wb[sheet], coord.replace('$', '')


def answer(wb, answers):
    for ws, key_col, answer_col in ((wb.worksheets[0], 'F', 'E'), (wb.worksheets[1], 'I', 'H')):
        for row in range(1, ws.max_row + 1):
            key = ws[f'{key_col}{row}'].value
            if key in answers:
                ws[f'{answer_col}{row}'] = answers[key]


for job in json.load(sys.stdin):
    wb = openpyxl.load_workbook(job['src'])
    for name, value in job.get('cells', {}).items():
        ws, coord = destination(wb, name)
        ws[coord] = value
    if 'answers' in job:
        answer(wb, job['answers'])
    if job.get('drop_meta'):
        wb.remove(wb['_meta'])
    if 'meta' in job:
        meta = wb['_meta']
        for row in range(1, meta.max_row + 1):
            if meta[f'A{row}'].value in job['meta']:
                meta[f'B{row}'] = job['meta'][meta[f'A{row}'].value]
    wb.save(job['dst'])
