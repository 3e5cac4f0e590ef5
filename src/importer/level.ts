import { words } from './frequency.js';

/** Who reports, as a list's level column says it: the keywords of `reported_by`, or `owner` (the owning agency alone). */
export type Level = 'all' | 'departments' | 'communes' | 'province' | 'owner';

/**
 * Why the level is a reading rather than what the cell plainly says: `department` ("Sở", one word: read as every
 * department), `district` (no district level since 1/7/2025: read as communes), `province-and-communes` (read as
 * communes; the province figure is their total).
 */
export type LevelGuess = 'department' | 'district' | 'province-and-communes';

export interface LevelReading {
  level: Level;
  guess?: LevelGuess;
}

const ALL = / (moi don vi|tat ca (cac )?don vi|toan bo (cac )?don vi|cac don vi|moi agency|all units|every unit|each unit|all reporting units) /;
const DEPARTMENTS = / (so|cac so|ban|nganh|ban nganh|so nganh|agency|co quan chuyen mon|departments?|agencies) /;
const COMMUNES = / (xa|phuong|dac khu|thi tran|cap co so|communes?|wards?) /;
const DISTRICTS = / (huyen|quan|districts?) /;
const PROVINCE = / (tinh|cap tinh|toan tinh|province|provincial) /;
const OWNER = / (chu tri|agency chu tri|don vi chu tri|owner|owning agency|lead agency) /;

/**
 * Reads a level column ("tỉnh", "sở", "xã", "sở/huyện/xã (mọi đơn vị tiếp nhận)", "cấp xã", "các sở, ban, ngành",
 * "UBND các xã, phường"). Undefined when the cell says nothing the model knows.
 */
export function readLevel(text: string): LevelReading | undefined {
  // "cơ quan" is an agency and "quản lý" manages (neither is a district, "quận": "Ban quản lý Khu kinh tế" is one
  // board); "thị xã", "thành phố thuộc tỉnh" were districts (not communes).
  const w = words(text)
    .replace(/ co quan /g, ' agency ')
    .replace(/ quan ly /g, ' manage ')
    .replace(/ (thi xa|thanh pho thuoc tinh) /g, ' district ');
  if (w.trim() === '') return undefined;
  const plural = / (cac|moi|tat ca|nhung|departments|agencies) /.test(w);
  const all = ALL.test(w);
  // "UBND tỉnh" names the province, not the level of its departments; "Sở" is a department, "số" is not here.
  const departments = DEPARTMENTS.test(w);
  const communes = COMMUNES.test(w);
  const districts = DISTRICTS.test(w);
  const province = PROVINCE.test(w);
  if (OWNER.test(w)) return { level: 'owner' };
  if ((departments && (communes || districts)) || (all && !departments && !communes)) return { level: 'all' };
  if (departments) return { level: 'departments', ...(plural || / (ban nganh|so nganh) /.test(w) ? {} : { guess: 'department' as const }) };
  if (communes && province) return { level: 'communes', guess: 'province-and-communes' };
  if (communes) return { level: 'communes' };
  if (districts) return { level: 'communes', guess: 'district' };
  if (province) return { level: 'province' };
  return undefined;
}
