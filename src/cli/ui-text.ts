import { pick } from '../diagnostics/index.js';

/** Texts the CLI itself prints (not diagnostics), in both languages. */
const TEXT = {
  setNotFound: {
    vi: (dir: string) => `Không tìm thấy thư mục bộ chỉ số "${dir}"`,
    en: (dir: string) => `Indicator-set folder "${dir}" not found`,
  },
  setNotFoundHint: {
    vi: () => 'Chỉ định bằng --set THƯ_MỤC, hoặc tạo bộ mới bằng `indicators init`.',
    en: () => 'Name it with --set DIR, or create one with `indicators init`.',
  },
  badFormat: {
    vi: (value: string, allowed: string) => `Định dạng "${value}" không hợp lệ; chọn một trong: ${allowed}`,
    en: (value: string, allowed: string) => `Unknown format "${value}"; choose one of: ${allowed}`,
  },
  badLang: {
    vi: (value: string) => `Ngôn ngữ "${value}" không hợp lệ; chọn vi hoặc en`,
    en: (value: string) => `Unknown language "${value}"; choose vi or en`,
  },
  interrupted: {
    vi: () => 'Đã dừng theo yêu cầu; tệp tạm đã được xóa, các tệp kết quả giữ nguyên như trước khi chạy hoặc đã hoàn chỉnh.',
    en: () => 'Stopped on request; temporary files were removed, outputs are as before the run or complete.',
  },
  internalError: {
    vi: () => 'Lỗi nội bộ của indicators. Vui lòng báo lỗi (please report) kèm nội dung dưới đây:',
    en: () => 'Internal error in indicators. Please report it with the text below:',
  },
  usagePrefix: { vi: () => 'Lỗi cách dùng', en: () => 'Usage error' },
} as const;

export type UiKey = keyof typeof TEXT;

/** A CLI text in the current language. */
export function ui<K extends UiKey>(key: K): (typeof TEXT)[K]['vi'] {
  return pick(TEXT[key] as { vi: (typeof TEXT)[K]['vi']; en: (typeof TEXT)[K]['vi'] });
}
