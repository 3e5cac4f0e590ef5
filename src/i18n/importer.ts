import { defineCatalog } from './catalog.js';

// Words of `indicators init --from-catalog`: what it reports on stderr, the notes on lines it guessed, and the
// Vietnamese defaults it writes into the new set. The header synonyms it matches are data (src/importer/columns.ts).

interface ImporterTexts {
  notFound: (file: string) => string;
  noHeader: (file: string) => string;
  noRows: (file: string) => string;
  imported: (p: { count: number; groups: number; agencies: number; file: string; origin: string; fields: string; dir: string; files: number }) => string;
  toReview: (n: number) => string;
  next: (dir: string) => string;
  notes: {
    unmapped: (columns: string) => string;
    agencyCode: (name: string, code: string) => string;
    noName: string;
    badCode: (code: string, made: string) => string;
    noUnit: (code: string) => string;
    unclearFrequency: (code: string, text: string) => string;
    noOwner: (code: string) => string;
  };
}

export const importerTexts = defineCatalog<ImporterTexts>(
  {
    notFound: (file) => `Không tìm thấy tệp danh mục "${file}"\n`,
    noHeader: (file) => `${file}: không tìm thấy dòng tiêu đề có cột tên chỉ tiêu (ví dụ "STT | Tên chỉ tiêu | ĐVT | Kỳ | Cơ quan chủ trì")\n`,
    noRows: (file) => `${file}: không có dòng chỉ tiêu nào dưới tiêu đề\n`,
    imported: (p) => `Đã nhập ${p.count} chỉ số, ${p.groups} nhóm, ${p.agencies} cơ quan từ ${p.file} (${p.origin}; cột: ${p.fields}) vào "${p.dir}" (${p.files} tệp).\n`,
    toReview: (n) => `Cần xem lại (${n}):\n`,
    next: (dir) => `Bước tiếp theo: npx indicators validate --set ${dir}\n`,
    notes: {
      unmapped: (columns) => `Cột không dùng: ${columns}`,
      agencyCode: (name, code) => `Cơ quan "${name}" được đặt mã ${code} (sửa trong agencies.yaml và units.yaml nếu cần)`,
      noName: 'Dòng không có tên chỉ số: bỏ qua',
      badCode: (code, made) => `Mã "${code}" không dùng được (trùng hoặc sai dạng); đặt ${made}`,
      noUnit: (code) => `${code}: thiếu đơn vị tính`,
      unclearFrequency: (code, text) => `${code}: kỳ "${text}" không rõ; đặt là năm`,
      noOwner: (code) => `${code}: thiếu cơ quan chủ trì; đặt là Văn phòng UBND tỉnh`,
    },
  },
  {
    notFound: (file) => `Catalog file "${file}" not found\n`,
    noHeader: (file) => `${file}: no header row with an indicator name column (e.g. "No. | Indicator | Unit | Frequency | Owner")\n`,
    noRows: (file) => `${file}: no indicator rows under the header\n`,
    imported: (p) => `Imported ${p.count} indicators, ${p.groups} groups, ${p.agencies} agencies from ${p.file} (${p.origin}; columns: ${p.fields}) into "${p.dir}" (${p.files} files).\n`,
    toReview: (n) => `To review (${n}):\n`,
    next: (dir) => `Next: npx indicators validate --set ${dir}\n`,
    notes: {
      unmapped: (columns) => `Columns not imported: ${columns}`,
      agencyCode: (name, code) => `Agency "${name}" was given the code ${code} (edit agencies.yaml and units.yaml if needed)`,
      noName: 'Row without an indicator name: skipped',
      badCode: (code, made) => `Code "${code}" unusable (duplicate or malformed); using ${made}`,
      noUnit: (code) => `${code}: no unit of measure`,
      unclearFrequency: (code, text) => `${code}: frequency "${text}" unclear; set to year`,
      noOwner: (code) => `${code}: no owning agency; set to the Office (VPUBND)`,
    },
  },
);

/**
 * What the import writes where the catalog says nothing. The set's own texts are Vietnamese whatever `--lang` is
 * (the province's language; `name_en` fields are added by hand).
 */
export const importedSetDefaults = {
  group: 'Chỉ số chung',
  unit: 'chỉ số',
  owner: 'Văn phòng UBND tỉnh',
  source: 'Báo cáo của cơ quan chủ trì',
  method: 'Theo số liệu của cơ quan chủ trì.',
  setName: (file: string) => `Bộ chỉ số nhập từ ${file}`,
  status: 'dự thảo',
  issuingBody: 'Ủy ban nhân dân tỉnh',
  receivingUnit: 'Văn phòng UBND tỉnh',
  provinceUnit: 'Tỉnh',
  setComment: (file: string) => `# Nhập bằng \`indicators init --from-catalog ${file}\`. Sửa tên, cơ quan và đơn vị, rồi chạy \`npx indicators validate\`.\n`,
};

/** Errors reading the catalog table; in both languages at once (thrown before the caller picks one). */
export const importerErrors = {
  notXlsxOrCsv: (file: string) => `${file}: cần tệp .xlsx hoặc .csv / an .xlsx or .csv file is needed`,
  noSheet: (file: string) => `${file}: không có trang tính / no sheet`,
};
