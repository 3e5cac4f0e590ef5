import { dedent } from './dedent.js';
import { makeSet } from './make-set.js';

/**
 * The tiny set (make-set.ts) with a systems.yaml and a group "c" showing the 7146 attributes: C.01 is taken from the
 * administrative-procedure system TTHC (never on a form), C.02 is a form component (a denominator, not an indicator of
 * the set in its own right).
 */
export const SYSTEM_FILES: Record<string, string> = {
  'systems.yaml': dedent(`
    systems:
      - id: TTHC
        name: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh
        name_en: Provincial administrative-procedure information system
        owner: SA
        kind: csv
        connection_env: TTHC_EXPORT_DIR
        description: Hồ sơ thủ tục hành chính tiếp nhận và giải quyết.
  `),
  'groups/c.yaml': dedent(`
    id: c
    name: Nhóm C
    order: 3
    indicators:
      - code: C.01
        name: Số hồ sơ giải quyết đúng hạn
        type: output
        unit: hồ sơ
        value_type: integer
        frequency: quarter
        accumulation: period
        owner: SA
        reported_by: communes
        source: Hệ thống giải quyết TTHC
        definition: Số hồ sơ giải quyết đúng hạn trong kỳ.
        method: Đếm.
        aggregation: sum
        collection: system
        system: TTHC
        sharing: shared
        legal_basis: [QĐ 766/QĐ-TTg, NQ 131/NQ-CP]
        baseline: { value: 1200, year: 2024, source: Báo cáo 78/BC-UBND năm 2024 }
        milestones:
          - { year: 2025, value: 1500 }
          - { year: 2026, value: 1800 }
        warning: { below: 1000 }
        target: { value: 2000, direction: higher, by: 2027 }
        higher_code: QG.05
        query: tthc-{period}.csv
      - code: C.02
        name: Số cán bộ được giao
        type: input
        unit: người
        value_type: integer
        frequency: year
        accumulation: stock
        owner: SB
        reported_by: departments
        source: Báo cáo của các sở
        definition: Số cán bộ được giao.
        method: Đếm.
        aggregation: sum
        component: true
        sharing: restricted
  `),
};

/** Writes the tiny set with SYSTEM_FILES (then `overrides`) into a new temp folder. */
export function makeSystemSet(overrides: Record<string, string | null> = {}): string {
  return makeSet({ ...SYSTEM_FILES, ...overrides });
}
