import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeJosa, durationIn, josa, koDuration, particle, readingFinal } from '../../server/src/core';

test('Hangul names take the particle of their last syllable (es-hangul)', () => {
  assert.equal(josa('세션레플리카', '이/가'), '세션레플리카가');
  assert.equal(josa('서울', '으로/로'), '서울로'); // ㄹ takes 로
  assert.equal(josa('주문', '으로/로'), '주문으로');
  assert.equal(josa('캐시', '을/를'), '캐시를');
  assert.equal(josa('디비', '와/과'), '디비와');
  assert.equal(josa('세션', '은/는'), '세션은');
});

test('Latin names take the particle of how they are read', () => {
  // Spelled letter by letter: only l, r (엘, 알) and m, n (엠, 엔) end in a consonant.
  assert.equal(josa('db', '이/가'), 'db가'); // 디비
  assert.equal(josa('lb', '을/를'), 'lb를'); // 엘비
  assert.equal(josa('cdn', '이/가'), 'cdn이'); // 시디엔
  assert.equal(josa('DNS', '은/는'), 'DNS는'); // 디엔에스
  assert.equal(josa('AZ', '이/가'), 'AZ가'); // 에이지
  // Read as words.
  assert.equal(josa('redis', '이/가'), 'redis가'); // 레디스
  assert.equal(josa('db-tokyo', '이/가'), 'db-tokyo가'); // 도쿄
  assert.equal(josa('app', '이/가'), 'app이'); // 앱
  assert.equal(josa('pool', '으로/로'), 'pool로'); // 풀: ㄹ takes 로
  assert.equal(josa('mysql', '으로/로'), 'mysql로'); // …엘
  assert.equal(josa('zone', '와/과'), 'zone과'); // 존
  assert.equal(josa('server', '을/를'), 'server를'); // 서버
  assert.equal(josa('stack', '은/는'), 'stack은'); // 스택
  // -ic, -ac read with a final ㄱ (round 122 r06: "`topic`는").
  assert.equal(josa('topic', '은/는'), 'topic은'); // 토픽
  assert.equal(josa('public', '이/가'), 'public이'); // 퍼블릭
  assert.equal(josa('sync', '은/는'), 'sync는'); // 싱크
});

test('a final digit is read the Sino-Korean way', () => {
  // 1 일, 7 칠, 8 팔 end in ㄹ; 0 영/십/백, 3 삼, 6 육 in another consonant; 2, 4, 5, 9 in a vowel.
  assert.deepEqual(
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => `${particle(`web${d}`, '이/가')}${particle(`web${d}`, '으로/로')}`),
    ['이으로', '이로', '가로', '이으로', '가로', '가로', '이으로', '이로', '이로', '가로'],
  );
  assert.equal(josa('web10', '을/를'), 'web10을'); // 십
  assert.equal(readingFinal('lb#2'), 'none');
});

test('code spans keep the name as code and put the particle after the backtick', () => {
  assert.equal(codeJosa('app-server', '을/를'), '`app-server`를');
  assert.equal(codeJosa('web1', '이/가'), '`web1`이');
  assert.equal(readingFinal('`db`'), 'none');
});

test('Korean durations: seconds, minutes, hours, no 60-second rounding slip', () => {
  assert.equal(koDuration(35), '35초');
  assert.equal(koDuration(90), '1분 30초');
  assert.equal(koDuration(3600), '1시간');
  assert.equal(koDuration(5400), '1시간 30분');
  assert.equal(koDuration(0.5), '500밀리초');
  assert.equal(koDuration(119.7), '2분');
  assert.equal(koDuration(3599.8), '1시간');
  assert.equal(durationIn('en', 90), '1m 30s');
  assert.equal(durationIn('ko', 90), '1분 30초');
});

test('86c r07: capitals after small letters are spelled letter by letter (WebtoB 웹투비, MySQL, DynamoDB)', () => {
  assert.equal(codeJosa('DR-WebtoB', '은/는'), '`DR-WebtoB`는');
  assert.equal(codeJosa('MySQL', '이/가'), '`MySQL`이');
  assert.equal(codeJosa('DynamoDB', '을/를'), '`DynamoDB`를');
  assert.equal(codeJosa('PostgreSQL', '으로/로'), '`PostgreSQL`로');
  // A word that ends in small letters keeps its reading as a word.
  assert.equal(codeJosa('GitHub', '이/가'), '`GitHub`이');
});
