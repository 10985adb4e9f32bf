import { ApiError } from '../../../shared/api/errors';
import { parseAmount } from '../../../shared/amount';
import { foldText } from '../../../shared/fold';
import type { Allocation } from '../../../shared/model/exhibitor';
import type {
  StatementAnalysis,
  StatementField,
  StatementMapping,
  TransferProblem,
  TransferProposal,
} from '../../../shared/model/transfers';
import { STATEMENT_HEADERS } from '../../../shared/data/statement-headers';
import { fairMemoCode, findMemo, memoBooth } from '../../../shared/vietqr';
import type { Db } from '../../db/open';
import { listAllocations } from '../exhibitors/allocations';
import { uniqueHeaders } from '../exhibitors/import/columns';
import { readSheet, type Sheet } from '../exhibitors/import/read-sheet';
import { isPayable } from './due';

/** `Ngày giao dịch / Transaction date` names a field by either half. */
function fieldOf(header: string): StatementField | null {
  for (const part of foldText(header).split(/[/|\n]/)) {
    const h = part
      .replace(/[():.*#]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    for (const [field, words] of Object.entries(STATEMENT_HEADERS) as [StatementField, string[]][]) if (words.includes(h)) return field;
  }
  return null;
}

export interface ReadStatement {
  format: Sheet['format'];
  headers: string[];
  mapping: StatementMapping;
  rows: { row: number; cells: string[] }[];
}

/** Reads a statement file: the header row is the one of the first rows naming an amount and a description. */
export async function readStatement(bytes: Buffer, fileName: string, mapping?: StatementMapping): Promise<ReadStatement> {
  const sheet = await readSheet(bytes, fileName);
  let headerIndex = -1;
  let suggested: StatementMapping = {};
  for (let i = 0; i < Math.min(sheet.rows.length, 20); i++) {
    const found: StatementMapping = {};
    sheet.rows[i]!.forEach((cell, col) => {
      const field = fieldOf(cell);
      if (field && found[field] === undefined) found[field] = col;
    });
    if (found.credit !== undefined && found.description !== undefined) {
      headerIndex = i;
      suggested = found;
      break;
    }
  }
  if (headerIndex < 0 && !mapping)
    throw new ApiError('FILE_INVALID', 'This file is not a bank statement: no column of credit amounts and descriptions was found.', {
      reason: 'notStatement',
    });
  if (headerIndex < 0) headerIndex = 0;
  const chosen = mapping ?? suggested;
  if (chosen.credit === undefined || chosen.description === undefined)
    throw new ApiError('VALIDATION', 'Choose the columns of the credit amount and the description', {
      issues: [{ path: ['mapping'], message: 'creditAndDescription' }],
      reason: 'statementColumns',
    });
  return {
    format: sheet.format,
    headers: uniqueHeaders(sheet.rows[headerIndex]!),
    mapping: chosen,
    rows: sheet.rows
      .slice(headerIndex + 1)
      .map((cells, i) => ({ row: headerIndex + i + 2, cells }))
      .filter((r) => r.cells.some((c) => c !== '')),
  };
}

/** A credit as banks print it: `1.500.000`, `1,500,000.00`, `+1.500.000 VND`; null when no money came in. */
export function creditOf(text: string): number | null | 'bad' {
  let t = text
    .trim()
    .replace(/^\+/, '')
    .replace(/\s*(vnd|vnđ|đ)$/i, '');
  if (t === '' || t === '-' || /^0+([.,]0+)?$/.test(t)) return null;
  if (t.startsWith('-') || t.startsWith('(')) return null;
  const cents = /^(.*\d)[.,](\d{2})$/.exec(t);
  if (cents && !/^\d{1,3}([.,]\d{3})+$/.test(t)) {
    if (cents[2] !== '00') return 'bad';
    t = cents[1]!;
  }
  const parsed = parseAmount(t);
  return parsed.ok ? parsed.amount : 'bad';
}

/** `05/07/2025`, `5/7/2025 10:22`, `2025-07-05`, `05-07-2025` → `2025-07-05`. */
export function dayOf(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(t);
  if (!m) return null;
  const [d, mo] = [Number(m[1]), Number(m[2])];
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
  return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Keys of statement lines already recorded as payments. */
function recordedKeys(db: Db): Set<string> {
  return new Set((db.prepare('SELECT line_key AS k FROM bank_transfer').all() as { k: string }[]).map((r) => r.k));
}

/**
 * Proposes the payments a statement's memo codes name: the fair's code, then booths; the amount
 * is spread over the named booths' balances in booth order. Lines are matched against balances as
 * they stand after the lines above them, so a deposit and its rest in one statement both pass.
 */
export function matchStatement(db: Db, fairId: string, statement: ReadStatement, today: string): StatementAnalysis {
  const ours = fairMemoCode(fairId);
  const recorded = recordedKeys(db);
  const allocations = listAllocations(db);
  const byBooth = new Map<string, Allocation>(allocations.map((a) => [memoBooth(a.boothNumber), a]));
  const balance = new Map(allocations.map((a) => [a.id, a.balanceDong]));
  const seen = new Map<string, number>();
  const proposals: TransferProposal[] = [];
  const problems: StatementAnalysis['problems'] = [];
  let creditLines = 0;
  let unrelated = 0;
  const m = statement.mapping;
  const cell = (cells: string[], field: StatementField) => (m[field] === undefined ? '' : (cells[m[field]] ?? '').trim());

  for (const { row, cells } of statement.rows) {
    const description = cell(cells, 'description');
    const credit = creditOf(cell(cells, 'credit'));
    if (credit === null) continue;
    creditLines++;
    const memo = findMemo(description);
    if (!memo) {
      unrelated++;
      continue;
    }
    const problem = (p: TransferProblem) =>
      problems.push({ row, problem: p, description, amountDong: typeof credit === 'number' ? credit : 0 });
    if (credit === 'bad') {
      problem('badAmount');
      continue;
    }
    if (memo.fairCode !== ours) {
      problem('otherFair');
      continue;
    }
    const paidOn = m.date === undefined ? today : dayOf(cell(cells, 'date'));
    if (!paidOn) {
      problem('badDate');
      continue;
    }
    const reference = cell(cells, 'reference');
    const base = reference ? `ref:${reference}` : `line:${paidOn}|${credit}|${foldText(description)}`;
    const nth = (seen.get(base) ?? 0) + 1;
    seen.set(base, nth);
    const key = nth === 1 ? base : `${base}#${nth}`;
    if (recorded.has(key)) {
      problem('alreadyRecorded');
      continue;
    }
    const named = memo.booths.map((b) => byBooth.get(b)).filter((a): a is Allocation => a !== undefined);
    const first = named[0];
    if (!first) {
      problem('unknownBooth');
      continue;
    }
    // `A01 +5`: the first booth names the exhibitor, whose booths still owing are meant.
    const targets = (
      memo.more > 0
        ? allocations.filter((a) => a.exhibitorId === first.exhibitorId)
        : named.filter((a, i) => a.exhibitorId === first.exhibitorId && named.indexOf(a) === i)
    ).filter(isPayable);
    if (targets.length === 0) {
      problem('notPayable');
      continue;
    }
    const dueDong = targets.reduce((n, a) => n + balance.get(a.id)!, 0);
    if (dueDong === 0) {
      problem('nothingDue');
      continue;
    }
    if (credit > dueDong) {
      problem('moreThanDue');
      continue;
    }
    let left = credit;
    const payments: TransferProposal['payments'] = [];
    for (const a of targets) {
      const pay = Math.min(left, balance.get(a.id)!);
      if (pay <= 0) continue;
      payments.push({ allocationId: a.id, boothNumber: a.boothNumber, amountDong: pay });
      balance.set(a.id, balance.get(a.id)! - pay);
      left -= pay;
    }
    proposals.push({
      key,
      row,
      paidOn,
      amountDong: credit,
      description,
      exhibitorId: first.exhibitorId,
      exhibitorName: first.exhibitorName,
      payments,
      dueDong,
    });
  }
  return { format: statement.format, headers: statement.headers, mapping: statement.mapping, creditLines, proposals, problems, unrelated };
}
