import { defineCatalog } from '../catalog.js';

/** Words of the generated code pages, docs/ma-loi.md and docs/codes.md (`npm run docs`). */
export const codePages = defineCatalog(
  {
    title: 'Mã chẩn đoán: nguyên nhân và cách sửa',
    intro: 'Mỗi thông báo của `indicators` có một mã. Mục này cho biết mã đó nghĩa là gì và sửa thế nào. Chỗ `‹…›` trong ví dụ là nội dung cụ thể của từng lần báo. English: [codes.md](codes.md).',
    cause: 'Nguyên nhân',
    example: 'Ví dụ',
    fix: 'Cách sửa',
    none: 'Không cần sửa; chỉ để biết.',
    /** Heading row of the README's code table. */
    readmeHead: ['mã', 'mức', 'ý nghĩa'],
  },
  {
    title: 'Diagnostic codes: cause and fix',
    intro:
      'Every message of `indicators` carries a code. This page says what each means and how to fix it. `‹…›` in an example stands for the details of each occurrence. Tiếng Việt: [ma-loi.md](ma-loi.md).',
    cause: 'Cause',
    example: 'Example',
    fix: 'Fix',
    none: 'Nothing to fix; for information.',
    readmeHead: ['code', 'severity', 'meaning'],
  },
);
