// Check-character algorithms for UK identifiers (see shared/notes/identifiers.md). A valid check is evidence;
// an invalid one means "not this identifier".

// Local authority codes in use: UPN characters 2-4 and the first three digits of a DfE number.
const LA_RANGES: [number, number][] = [
  [1, 5], [201, 213], [301, 320], [330, 336], [340, 344], [350, 359], [370, 373], [380, 384], [390, 394], [420, 420],
  [660, 681], [701, 708], [800, 803], [805, 808], [810, 813], [815, 816], [820, 823], [825, 826], [830, 831],
  [835, 837], [840, 841], [845, 846], [850, 852], [855, 857], [860, 861], [865, 896], [908, 909], [916, 916],
  [919, 919], [921, 921], [925, 926], [928, 929], [931, 931], [933, 933], [935, 938],
];

export function isLaCode(code: string): boolean {
  if (!/^\d{3}$/.test(code)) return false;
  const n = Number(code);
  return LA_RANGES.some(([lo, hi]) => n >= lo && n <= hi);
}

const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** UPN: check letter + 12 digits (permanent) or + 11 digits and a letter (temporary), with a known LA code. */
export function isValidUpn(upn: string): boolean {
  const s = upn.toUpperCase();
  if (!/^[A-Z]\d{11}[\dA-Z]$/.test(s)) return false;
  if (!isLaCode(s.slice(1, 4))) return false;
  let sum = 0;
  for (let p = 2; p <= 13; p++) {
    const c = s[p - 1]!;
    let value: number;
    if (/\d/.test(c)) value = Number(c);
    else {
      value = UPN_LETTERS.indexOf(c);
      if (value < 0) return false;
    }
    sum += value * p;
  }
  return UPN_LETTERS[sum % 23] === s[0];
}

/** Weighted sum of ten digits with weights 10..1, mod 11: 10 for a ULN, 0 for an NHS number. */
function mod11(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * (10 - i);
  return sum % 11;
}

export function isValidUln(uln: string): boolean {
  return /^[1-9]\d{9}$/.test(uln) && mod11(uln) === 10;
}

export function isValidNhsNumber(nhs: string): boolean {
  const d = nhs.replace(/[\s-]/g, '');
  // The check digit is 11 - (weighted sum of nine mod 11), 11 → 0, 10 never issued: the same as the full sum ≡ 0.
  return /^\d{10}$/.test(d) && mod11(d) === 0 && !/^(\d)\1{9}$/.test(d);
}

/** National Insurance number: prefix rules only (there is no check digit). */
export function isValidNino(nino: string): boolean {
  const s = nino.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(s)) return false;
  const [a, b] = [s[0]!, s[1]!];
  if ('DFIQUV'.includes(a) || 'DFIQUVO'.includes(b)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(s.slice(0, 2));
}

/** DfE number (LAESTAB): a known LA code and a 4-digit establishment number, with or without a slash. */
export function isValidDfeNumber(dfe: string): boolean {
  const m = /^(\d{3})\/?(\d{4})$/.exec(dfe.trim());
  return !!m && isLaCode(m[1]!);
}
