const PLAIN_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/

/**
 * A number cell holds the shortest text that gives back the binary double, so the
 * 1437.12 typed in Excel may be stored as `1437.12` or, after a formula, as
 * `1437.1199999999999`; large and small numbers come as `1.5E-7` or `4.2E+20`.
 * Excel itself keeps and shows 15 significant digits, so the canonical text is the
 * value rounded to 15 significant digits, written as a plain decimal without
 * exponent or trailing zeros: `1437.12`, `0.00000015`, `420000000000000000000`. Amounts
 * then parse exactly as what the user sees in Excel, and whole numbers stay whole
 * (`20261123`, an account code `411000`).
 */
export function canonicalNumberText(xmlText: string): string {
  // Most cells already are canonical: at most 15 digits, no exponent, no trailing zero.
  if (xmlText.length <= 15 && PLAIN_DECIMAL.test(xmlText) && xmlText !== '-0') return xmlText
  const value = Number(xmlText)
  if (xmlText.trim() === '' || !Number.isFinite(value)) return xmlText
  if (value === 0) return '0'
  // toExponential rounds the exact binary value in decimal: "-1.43712000000000e+3".
  const [mantissa = '', exponentText = ''] = value.toExponential(14).split('e')
  const digits = mantissa.replace(/[-.]/g, '')
  const pointAt = Number(exponentText) + 1
  const integer = pointAt <= 0 ? '0' : digits.slice(0, pointAt).padEnd(pointAt, '0')
  const fraction = (pointAt < 0 ? '0'.repeat(-pointAt) + digits : digits.slice(Math.max(pointAt, 0))).replace(/0+$/, '')
  return `${value < 0 ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`
}
