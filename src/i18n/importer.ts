import { defineCatalog } from './catalog.js';
import { words } from './words.js';

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
    severalFrequencies: (code: string, text: string, frequency: Frequency) => string;
    nearestFrequency: (code: string, text: string, guess: FrequencyGuess, frequency: Frequency) => string;
    unclearAccumulation: (code: string, text: string, column: string) => string;
    noAccumulation: (codes: string[], total: number) => string;
    noLevelColumn: string;
    emptyLevel: (code: string, column: string, owner: string) => string;
    unclearLevel: (code: string, text: string, column: string, owner: string) => string;
    levelGuess: (code: string, text: string, guess: LevelGuess) => string;
    unclearType: (code: string, text: string, column: string, type: Typology) => string;
    defaultType: (codes: string[], total: number, type: Typology) => string;
    changeRate: (code: string) => string;
    percentFromUnits: (code: string) => string;
    unclearTarget: (code: string, text: string) => string;
    targetDirection: (code: string, text: string) => string;
  };
  /** After the notes: the set reports by communes but units.yaml lists none yet. */
  communesMissing: (n: number) => string;
  /** Where the notes were also written. */
  reportFile: (file: string) => string;
}

// The model's words, spelled here because src/i18n is a leaf (src/importer/frequency.ts, level.ts, typology.ts).
type Frequency = 'month' | 'quarter' | 'half-year' | 'nine-months' | 'year';
type FrequencyGuess = 'realtime' | 'daily' | 'weekly' | 'evaluation' | 'multi-year' | 'average' | 'ad-hoc';
type LevelGuess = 'department' | 'district' | 'province-and-communes';
type Typology = 'input' | 'process' | 'output' | 'result' | 'impact';

/** "CCHC.01, CCHC.02 …" or "tất cả 55 chỉ số": which indicators a list-wide note is about. */
const which = (codes: string[], total: number, all: (n: number) => string) => (codes.length === total ? all(total) : codes.join(', '));
const freqVi = (f: Frequency) => words.vi.frequency[f].toLowerCase();
const freqEn = (f: Frequency) => words.en.frequencyCycle[f].toLowerCase();
const typeVi = (t: Typology) => `${t} (${words.vi.indicatorType[t].toLowerCase()})`;

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
      severalFrequencies: (code, text, f) => `${code}: kỳ "${text}" nêu nhiều kỳ; đặt kỳ ngắn nhất là ${freqVi(f)} (các kỳ dài hơn tổng hợp từ đó)`,
      nearestFrequency: (code, text, guess, f) => {
        const what = {
          realtime: 'thời gian thực',
          daily: 'hằng ngày',
          weekly: 'hằng tuần',
          evaluation: 'theo kỳ đánh giá',
          'multi-year': 'nhiều năm',
          average: 'bình quân nhiều kỳ',
          'ad-hoc': 'đột xuất',
        }[guess];
        const then =
          guess === 'average' || guess === 'multi-year' ? ', ghi cách tính bình quân trong method' : guess === 'realtime' ? '; nếu số liệu lấy từ hệ thống thông tin, đặt collection: system' : '';
        return `${code}: kỳ "${text}"${text.toLowerCase() === what ? '' : ` (${what})`} không có trong mô hình; đặt kỳ gần nhất là ${freqVi(f)}${then}`;
      },
      unclearAccumulation: (code, text, column) => `${code}: cột "${column}" ghi "${text}", không rõ là lũy kế, trong kỳ hay thời điểm; đặt là trong kỳ (accumulation: period)`,
      noAccumulation: (codes, total) =>
        `Kỳ không nói lũy kế hay thời điểm: ${which(codes, total, (n) => `tất cả ${n} chỉ số`)} đặt là số trong kỳ (accumulation: period); sửa thành year-to-date hoặc stock nếu cần`,
      noLevelColumn: 'Danh mục không có cột cấp báo cáo: mỗi chỉ số do cơ quan chủ trì báo cáo (reported_by: [mã cơ quan]); sửa thành communes, departments hoặc all nếu xã hoặc các sở cùng báo cáo',
      emptyLevel: (code, column, owner) => `${code}: cột "${column}" để trống; đặt là cơ quan chủ trì báo cáo (reported_by: [${owner}])`,
      unclearLevel: (code, text, column, owner) => `${code}: cột "${column}" ghi "${text}", không rõ là tỉnh, sở hay xã; đặt là cơ quan chủ trì báo cáo (reported_by: [${owner}])`,
      levelGuess: (code, text, guess) =>
        `${code}: cấp "${text}" ${
          {
            department: 'được hiểu là mọi sở, ngành (reported_by: departments); nếu chỉ cơ quan chủ trì báo cáo, đặt reported_by: province',
            district: 'nêu cấp huyện, không còn từ 1/7/2025; đặt là các xã, phường (reported_by: communes)',
            'province-and-communes': 'nêu cả tỉnh và xã; đặt là các xã, phường báo cáo (reported_by: communes), số toàn tỉnh là tổng của xã',
          }[guess]
        }`,
      unclearType: (code, text, column, type) =>
        `${code}: cột "${column}" ghi "${text}", không phải loại nào của Công văn 7146 (đầu vào, quá trình, đầu ra, kết quả, tác động); đặt là ${typeVi(type)}`,
      defaultType: (codes, total, type) =>
        `Loại chỉ số (Công văn 7146) không có trong danh mục: ${which(codes, total, (n) => `tất cả ${n} chỉ số`)} đặt là ${typeVi(type)}; sửa thành input, process, result hoặc impact nếu đúng hơn`,
      changeRate: (code) => `${code}: tốc độ tăng/giảm, có thể âm hoặc trên 100: không đặt giới hạn 0–100`,
      percentFromUnits: (code) => `${code}: tỷ lệ do nhiều đơn vị báo cáo: tỷ lệ toàn tỉnh không được lấy trung bình; khai báo tử số, mẫu số thành chỉ số riêng và đặt formula`,
      unclearTarget: (code, text) => `${code}: chỉ tiêu kế hoạch "${text}" không đọc được thành một số trong giới hạn; bỏ qua, nhập target bằng tay`,
      targetDirection: (code, text) => `${code}: chỉ tiêu kế hoạch "${text}" không nói là tối thiểu hay tối đa; đặt là càng cao càng tốt (direction: higher)`,
    },
    communesMissing: (n) =>
      `${n} chỉ số do các xã, phường báo cáo (reported_by: communes hoặc all) nhưng units.yaml chưa có xã nào: thêm các xã, phường, đặc khu của tỉnh (kind: commune, ward, special-zone) vào units.yaml\n`,
    reportFile: (file) => `Danh sách trên được ghi vào ${file}\n`,
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
      severalFrequencies: (code, text, f) => `${code}: frequency "${text}" names several; set to the shortest, ${freqEn(f)} (the longer ones add up from it)`,
      nearestFrequency: (code, text, guess, f) => {
        const what = {
          realtime: 'real time',
          daily: 'daily',
          weekly: 'weekly',
          evaluation: 'per evaluation round',
          'multi-year': 'over several years',
          average: 'an average over several periods',
          'ad-hoc': 'ad hoc',
        }[guess];
        const then =
          guess === 'average' || guess === 'multi-year' ? '; describe the averaging in method' : guess === 'realtime' ? '; if the figure comes from an information system, set collection: system' : '';
        return `${code}: frequency "${text}"${text.toLowerCase() === what ? '' : ` (${what})`} is not in the model; set to the nearest, ${freqEn(f)}${then}`;
      },
      unclearAccumulation: (code, text, column) => `${code}: column "${column}" says "${text}", not year-to-date, per period or point in time; set to per period (accumulation: period)`,
      noAccumulation: (codes, total) =>
        `The frequency says nothing of year-to-date or point in time: ${which(codes, total, (n) => `all ${n} indicators`)} set to per period (accumulation: period); change to year-to-date or stock where needed`,
      noLevelColumn:
        'The list has no level column: each indicator is reported by its owning agency (reported_by: [agency code]); change to communes, departments or all where communes or every department report too',
      emptyLevel: (code, column, owner) => `${code}: column "${column}" is empty; set to the owning agency (reported_by: [${owner}])`,
      unclearLevel: (code, text, column, owner) => `${code}: column "${column}" says "${text}", not province, department or commune; set to the owning agency (reported_by: [${owner}])`,
      levelGuess: (code, text, guess) =>
        `${code}: level "${text}" ${
          {
            department: 'read as every department (reported_by: departments); if only the owning agency reports, set reported_by: province',
            district: 'names districts, abolished on 1/7/2025; set to communes and wards (reported_by: communes)',
            'province-and-communes': 'names both province and communes; set to communes (reported_by: communes), the province figure being their total',
          }[guess]
        }`,
      unclearType: (code, text, column, type) => `${code}: column "${column}" says "${text}", none of the types of Guidance 7146 (input, process, output, result, impact); set to ${type}`,
      defaultType: (codes, total, type) =>
        `Indicator type (Guidance 7146) not in the list: ${which(codes, total, (n) => `all ${n} indicators`)} set to ${type}; change to input, process, result or impact where that fits better`,
      changeRate: (code) => `${code}: a growth or change rate, may be negative or above 100: no 0–100 bounds`,
      percentFromUnits: (code) => `${code}: a percentage reported by many units: the province figure must not be their average; declare the numerator and denominator as indicators and set formula`,
      unclearTarget: (code, text) => `${code}: target "${text}" is not a number within bounds; left out, enter the target by hand`,
      targetDirection: (code, text) => `${code}: target "${text}" does not say floor or ceiling; set to higher is better (direction: higher)`,
    },
    communesMissing: (n) =>
      `${n} indicators are reported by communes (reported_by: communes or all) but units.yaml lists no commune: add the province's communes, wards and special zone (kind: commune, ward, special-zone) to units.yaml\n`,
    reportFile: (file) => `The list above is also in ${file}\n`,
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
  unitsCommunesComment: '# Thêm các xã, phường, đặc khu báo cáo (reported_by: communes hoặc all), ví dụ:\n#   - code: "21211"\n#     name: Xã …\n#     kind: commune\n',
  setComment: (file: string) => `# Nhập bằng \`indicators init --from-catalog ${file}\`. Sửa tên, cơ quan và đơn vị, rồi chạy \`npx indicators validate\`.\n`,
};

/** Errors reading the catalog table; in both languages at once (thrown before the caller picks one). */
export const importerErrors = {
  notXlsxOrCsv: (file: string) => `${file}: cần tệp .xlsx hoặc .csv / an .xlsx or .csv file is needed`,
  noSheet: (file: string) => `${file}: không có trang tính / no sheet`,
};
