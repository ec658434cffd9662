// Excel serial date numbers (44562 = 2022-01-01) back to calendar dates and times.
import { civilFromDays, daysFromCivil, type CivilDate, type ClockTime } from '../calendar';

export type ExcelDateSystem = 1900 | 1904;

/** Largest serial Excel accepts: 9999-12-31 in the 1900 system. */
export const maxExcelSerial = 2_958_465;

export type ExcelSerialReading =
  | { ok: true; date: CivilDate; time?: ClockTime }
  | { ok: false; reason: 'impossible' | 'out-of-range'; variant?: 'excel-1900-02-29' };

/**
 * Epoch of the 1900 date system (the Windows default): serial 1 is 1900-01-01. Excel copied Lotus 1-2-3 in
 * treating 1900 as a leap year, so serial 60 is the day that never was, 1900-02-29, and from serial 61 on
 * every serial counts one day too many. Hence serial n ≥ 61 is 1899-12-30 + n days, and n in 1–59 is
 * 1899-12-31 + n days. Sources: the [MS-XLS] specification's page on date serials
 * (learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xls/4a5e900a-0eb0-4355-8fc1-81aab8f46e8b) and
 * Microsoft's note "Excel incorrectly assumes that the year 1900 is a leap year".
 * The 1904 date system (old Mac workbooks) has serial 0 = 1904-01-01 and no such bug.
 * A fractional part is the time of day (0.75 = 18:00), rounded here to the second.
 */
export function excelSerialToDate(serial: number, system: ExcelDateSystem = 1900): ExcelSerialReading {
  if (!Number.isFinite(serial) || serial < 0 || serial >= maxExcelSerial + 1) return { ok: false, reason: 'out-of-range' };
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86_400);
  if (seconds === 86_400) {
    whole += 1;
    seconds = 0;
  }
  let days: number;
  if (system === 1904) {
    days = daysFromCivil(1904, 1, 1) + whole;
  } else {
    if (whole === 0) return { ok: false, reason: 'out-of-range' };
    if (whole === 60) return { ok: false, reason: 'impossible', variant: 'excel-1900-02-29' };
    days = daysFromCivil(1899, 12, whole < 60 ? 31 : 30) + whole;
  }
  const date = civilFromDays(days);
  if (serial === Math.floor(serial)) return { ok: true, date };
  const time: ClockTime = { hour: Math.floor(seconds / 3600), minute: Math.floor((seconds % 3600) / 60), second: seconds % 60 };
  return { ok: true, date, time };
}
