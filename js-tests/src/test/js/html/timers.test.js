// HTML timers: https://html.spec.whatwg.org/#timers

async_test((t) => {
  const log = [];
  log.push('sync:start');
  setTimeout(() => {
    log.push('timeout:a');
    queueMicrotask(() => log.push('micro:in-a'));
    Promise.resolve().then(() => log.push('promise:in-a'));
  }, 0);
  setTimeout(() => {
    log.push('timeout:b');
    t.step(() => assert_array_equals(log, [
      'sync:start', 'sync:end', 'micro:1', 'promise:1', 'micro:2',
      'timeout:a', 'micro:in-a', 'promise:in-a', 'timeout:b',
    ]));
    t.done();
  }, 0);
  queueMicrotask(() => {
    log.push('micro:1');
    queueMicrotask(() => log.push('micro:2'));
  });
  Promise.resolve().then(() => log.push('promise:1'));
  log.push('sync:end');
}, 'sync code, then microtasks (FIFO, nested ones too), then each 0 ms timer as its own task with its own checkpoint');

async_test((t) => {
  const log = [];
  setTimeout((a, b, c) => {
    log.push(`args:${a},${b},${c}`);
  }, 0, 1, 'two', undefined);
  setTimeout(function () {
    log.push(`this-is-global:${this === globalThis}`);
    t.step(() => assert_array_equals(log, ['args:1,two,undefined', 'this-is-global:true']));
    t.done();
  });
}, 'extra arguments reach the handler; this is the global object; timeout may be omitted');

test(() => {
  const ids = [setTimeout(() => {}, 1000), setInterval(() => {}, 1000), setTimeout(() => {})];
  for (const id of ids) {
    assert_true(Number.isInteger(id) && id > 0, `id ${id} is a positive integer`);
  }
  assert_equals(new Set(ids).size, 3, 'ids are distinct');
  clearTimeout(ids[0]);
  clearInterval(ids[1]);
  clearInterval(ids[2]); // the two clear functions share one map
}, 'timer ids are distinct integers greater than zero; clearTimeout/clearInterval share the map');

async_test((t) => {
  const log = [];
  const cleared = setTimeout(t.unreached_func('cleared timer ran'), 0);
  clearTimeout(cleared);
  clearTimeout(cleared); // twice is fine
  clearTimeout(123456); // unknown ids are ignored
  clearTimeout();
  clearTimeout('not a number');
  let n = 0;
  const id = setInterval(() => {
    n++;
    log.push(`tick:${n}`);
    if (n === 3) {
      clearInterval(id);
      setTimeout(t.step_func_done(() => {
        assert_array_equals(log, ['tick:1', 'tick:2', 'tick:3']);
      }), 5);
    }
  }, 0);
}, 'clearInterval from inside its own callback stops it; clearing unknown or cleared ids is a no-op');

async_test((t) => {
  const log = [];
  const a = setTimeout(() => log.push('a'), 0);
  setTimeout(() => {
    log.push('b');
    clearTimeout(c); // c is already due but has not run: it must not run
  }, 0);
  const c = setTimeout(() => log.push('c'), 0);
  setTimeout(t.step_func_done(() => {
    assert_array_equals(log, ['a', 'b']);
    assert_true(a > 0);
  }), 1);
}, 'a timer cleared by an earlier timer task in the same turn does not run');

async_test((t) => {
  globalThis.__stringHandlerLog = [];
  setTimeout('__stringHandlerLog.push("evaluated:" + typeof globalThis)', 0);
  setTimeout(t.step_func_done(() => {
    assert_array_equals(globalThis.__stringHandlerLog, ['evaluated:object']);
    delete globalThis.__stringHandlerLog;
  }), 0);
}, 'a string handler is evaluated as a script in the global scope, as browsers do');

async_test((t) => {
  // https://html.spec.whatwg.org/#timer-initialisation-steps step 6:
  // "If nesting level is greater than 5, and timeout is less than 4, then set timeout to 4."
  const times = [];
  function nest(level) {
    times.push(performance.now());
    if (level < 10) setTimeout(() => nest(level + 1), 0);
    else t.step(() => {
      for (let i = 5; i < times.length; i++) {
        const delta = times[i] - times[i - 1];
        assert_greater_than_equal(delta, 3.9, `timer at nesting level ${i + 1} waited at least 4 ms (waited ${delta.toFixed(3)})`);
      }
      t.done();
    });
  }
  setTimeout(() => nest(1), 0);
}, 'nested 0 ms timeouts are clamped to 4 ms from nesting level 6 on');

async_test((t) => {
  const times = [];
  const id = setInterval(() => {
    times.push(performance.now());
    if (times.length === 9) {
      clearInterval(id);
      t.step(() => {
        for (let i = 6; i < times.length; i++) {
          assert_greater_than_equal(times[i] - times[i - 1], 3.9, `interval repetition ${i + 1} waited at least 4 ms`);
        }
      });
      t.done();
    }
  }, 0);
}, 'a 0 ms setInterval is clamped to 4 ms once its nesting level passes 5');

test(() => {
  assert_throws_js(TypeError, () => setTimeout());
  assert_throws_js(TypeError, () => setInterval());
  assert_equals(setTimeout.length, 1);
  assert_equals(setInterval.length, 1);
  assert_equals(clearTimeout.length, 0);
  assert_equals(clearInterval.length, 0);
  const d = Object.getOwnPropertyDescriptor(globalThis, 'setTimeout');
  assert_false(d.enumerable, 'not enumerable');
  assert_true(d.writable && d.configurable, 'writable and configurable');
}, 'Web IDL shape: required handler, lengths, property attributes');

async_test((t) => {
  const log = [];
  setTimeout(() => log.push('20'), 20);
  setTimeout(() => log.push('10'), 10);
  setTimeout(() => log.push('0'), 0);
  setTimeout(() => log.push('10b'), 10);
  setTimeout(t.step_func_done(() => assert_array_equals(log, ['0', '10', '10b', '20'])), 30);
}, 'timers fire in order of their timeouts; equal timeouts in the order they were set');
