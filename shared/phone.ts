/**
 * Phone numbers as a fair office writes them: stored as the digits a person typed, shown grouped —
 * mobiles `0912 345 678`, landlines with their four-digit area code `0225 3800 000`.
 */

/** Only the digits (and a leading +) of what was typed. */
export const phoneDigits = (phone: string) => phone.trim().replace(/(?!^\+)[^\d]/g, '');

/** `0912345678` → `0912 345 678`; `02253800000` → `0225 3800 000`; `+84912345678` → `+84 912 345 678`. */
export function formatPhone(phone: string): string {
  const digits = phoneDigits(phone);
  if (/^0[35789]\d{8}$/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  if (/^02\d{9}$/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
  if (/^\+84[35789]\d{8}$/.test(digits)) return `+84 ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
  if (/^\+842\d{9}$/.test(digits)) return `+84 ${digits.slice(3, 6)} ${digits.slice(6, 10)} ${digits.slice(10)}`;
  // Anything else (a short hotline, an extension) is shown as typed.
  return phone.trim();
}
