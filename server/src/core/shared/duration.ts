/** Durations for people to read, in either language. */
import type { Locale } from './localized';
import { formatDuration } from './format';

/** Splits seconds (≥ 60) into whole hours, minutes and seconds, rounding once so 59.6s never reads "60s". */
function parts(seconds: number): { h: number; m: number; s: number } {
  const whole = seconds < 3600 ? Math.round(seconds) : Math.round(seconds / 60) * 60;
  return { h: Math.floor(whole / 3600), m: Math.floor((whole % 3600) / 60), s: whole % 60 };
}

/** A duration for Korean text: 35 → `35초`, 90 → `1분 30초`, 3600 → `1시간`, 0.5 → `500밀리초`. */
export function koDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '무한';
  if (seconds === 0) return '0초';
  if (seconds < 1) return `${Math.round(seconds * 1000)}밀리초`;
  if (seconds < 59.95) return `${Math.round(seconds * 10) / 10}초`;
  const { h, m, s } = parts(seconds);
  const out: string[] = [];
  // Whole days read as days (1일, 7일), as the language writes them.
  if (!m && !s && h >= 24 && h % 24 === 0) return `${h / 24}일`;
  if (h) out.push(`${h}시간`);
  if (m) out.push(`${m}분`);
  if (s) out.push(`${s}초`);
  return out.join(' ');
}

/**
 * Whole seconds with every non-zero part, unrounded, in both languages: 3604 → `1h 4s` / `1시간 4초`, 90061 →
 * `1d 1h 1m 1s`. For a figure just past a bound, where the usual rounding would print the bound itself.
 */
export function exactDuration(seconds: number): { en: string; ko: string } {
  const t = Math.round(seconds);
  const all: [number, string, string][] = [
    [Math.floor(t / 86400), 'd', '일'],
    [Math.floor((t % 86400) / 3600), 'h', '시간'],
    [Math.floor((t % 3600) / 60), 'm', '분'],
    [t % 60, 's', '초'],
  ];
  const shown = all.filter(([v]) => v > 0);
  if (!shown.length) return { en: '0s', ko: '0초' };
  return { en: shown.map(([v, u]) => `${v}${u}`).join(' '), ko: shown.map(([v, , k]) => `${v}${k}`).join(' ') };
}

/** A duration in the reader's language: `1m 30s` in English, `1분 30초` in Korean. */
export function durationIn(locale: Locale, seconds: number): string {
  return locale === 'ko' ? koDuration(seconds) : formatDuration(seconds);
}
