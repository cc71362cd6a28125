// Runs FLORA's official TypeScript SDK, unchanged, against the FLORA Desktop sandbox.
//
// Environment: FLORA_BASE_URL and FLORA_API_KEY (read by the SDK itself), SANDBOX_ROOT (the
// sandbox origin, for its /_sandbox control endpoints, which are not part of the API).
// Prints one line per check ("ok ..." or "FAIL ..."); exits 0 only when every check passes.
// Checks run in order and share what earlier ones found (workspaces, a technique); a check
// whose prerequisite failed fails with "needs ...", never silently passes.

import FLORA, {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '@flora-ai/flora';
import { randomUUID } from 'node:crypto';

const PAGE_LIMIT = 7; // small, so the catalogue of >= 25 techniques takes several pages
const MIN_TECHNIQUES = 25;
const POLL_INTERVAL_MS = 100;
const POLL_DEADLINE_MS = 20_000; // fixture runs take 0.3 s; this only bounds a stuck run
const REQUEST_TIMEOUT_MS = 10_000;
const SCRIPT_DEADLINE_MS = 90_000;
const NESTED_INPUT_TYPES = new Set(['text', 'imageUrl', 'videoUrl']); // RunCreateParams.Input.type
const TEXT_VALUE = 'A ceramic mug on a sunlit oak table, soft morning light';
// Inputs that take a URL get an HTTPS URL on a host the sandbox allows; it never fetches them.
const MEDIA_VALUE = {
  imageUrl: 'https://images.unsplash.com/photo-1514228742587-6b1558fcca3d.png',
  videoUrl: 'https://media.flora.ai/samples/clip.mp4',
  audioUrl: 'https://media.flora.ai/samples/voice.wav',
  documentUrl: 'https://media.flora.ai/samples/brief.pdf',
};

const root = requireEnv('SANDBOX_ROOT').replace(/\/+$/, '');
const results = [];
const state = {};

// A hung sandbox must not hang the test: fail loudly instead.
setTimeout(() => {
  console.log(`FAIL script deadline: still running after ${SCRIPT_DEADLINE_MS} ms`);
  process.exit(2);
}, SCRIPT_DEADLINE_MS).unref();

function requireEnv(name) {
  const value = process.env[name];
  if (!value || !value.trim()) {
    console.log(`FAIL setup: environment variable ${name} is not set`);
    process.exit(2);
  }
  return value.trim();
}

class CheckFailed extends Error {}

function assert(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

function need(key) {
  assert(state[key] !== undefined, `needs ${key} from an earlier check`);
  return state[key];
}

async function check(name, fn) {
  try {
    const detail = await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name}${detail ? `: ${detail}` : ''}`);
  } catch (err) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${describe(err)}`);
  }
}

function describe(err) {
  if (err instanceof CheckFailed) return err.message;
  const kind = err?.constructor?.name ?? typeof err;
  const status = err?.status !== undefined ? ` status=${err.status}` : '';
  return `unexpected ${kind}${status}: ${err?.message ?? String(err)}`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function idempotencyKey() {
  return `ts-sdk-check-${randomUUID()}`;
}

function withKey(key) {
  return { headers: { 'Idempotency-Key': key } };
}

// Calls `fn`, expects it to throw `errorClass` with `status`; returns the error for more checks.
async function expectError(fn, errorClass, status) {
  let caught;
  try {
    await fn();
  } catch (err) {
    caught = err;
  }
  assert(caught !== undefined, `expected ${errorClass.name} (${status}), but the call succeeded`);
  assert(
    caught instanceof errorClass,
    `expected ${errorClass.name} (${status}), got ${describe(caught)}`,
  );
  assert(caught.status === status, `expected status ${status}, got ${caught.status}`);
  const requestId = caught.headers?.get('request-id');
  assert(requestId, `${status} response has no request-id header`);
  return caught;
}

function errorCode(err) {
  return err.error?.error?.code;
}

function valueFor(input) {
  if (input.type === 'text') return TEXT_VALUE;
  const value = MEDIA_VALUE[input.type];
  assert(value, `input ${input.id} has a type the contract does not know: ${input.type}`);
  return value;
}

function requiredInputs(technique) {
  return technique.inputs.filter((input) => !input.optional);
}

// Prefers a technique whose required inputs are all text: it runs without any media source.
function pickRunnable(techniques, allowedTypes) {
  const usable = techniques.filter((t) => {
    const required = requiredInputs(t);
    // The wire shape of several values is undocumented (CONTRACT §12 Q7): avoid those inputs.
    return (
      required.length > 0 &&
      required.every((i) => allowedTypes.has(i.type) && !i.allow_multiple)
    );
  });
  const textOnly = usable.filter((t) => requiredInputs(t).every((i) => i.type === 'text'));
  return textOnly[0] ?? usable[0];
}

async function pollUntilTerminal(retrieve) {
  const deadline = Date.now() + POLL_DEADLINE_MS;
  const seen = [];
  for (;;) {
    const run = await retrieve();
    if (seen[seen.length - 1] !== run.status) seen.push(run.status);
    if (run.status === 'completed' || run.status === 'failed') return { run, seen };
    assert(
      run.status === 'pending' || run.status === 'running',
      `unknown run status ${JSON.stringify(run.status)}`,
    );
    assert(Date.now() < deadline, `run not terminal after ${POLL_DEADLINE_MS} ms (${seen})`);
    await sleep(POLL_INTERVAL_MS);
  }
}

async function checkOutputs(run, technique) {
  const why = `${run.error_code} ${run.error_message}`;
  assert(run.status === 'completed', `run ended ${run.status}: ${why}`);
  assert(Array.isArray(run.outputs) && run.outputs.length > 0, 'completed run has no outputs');
  const declared = new Set(technique.outputs.map((o) => o.type));
  for (const output of run.outputs) {
    assert(output.output_id, `output without output_id: ${JSON.stringify(output)}`);
    assert(declared.has(output.type), `output type ${output.type} not among ${[...declared]}`);
    assert(typeof output.url === 'string' && output.url.length > 0, 'output with an empty url');
    if (output.type !== 'text') {
      // Media is served by the sandbox itself; fetch it as any user of the URL would.
      const media = await fetch(output.url);
      assert(media.ok, `GET ${output.url} -> ${media.status}`);
      const bytes = (await media.arrayBuffer()).byteLength;
      assert(bytes > 0, `GET ${output.url} returned an empty body`);
    }
  }
  assert(run.progress === 100, `completed run has progress ${run.progress}, expected 100`);
  return run.outputs.map((o) => o.type).join(',');
}

async function sandboxControl(method, path, body) {
  const response = await fetch(`${root}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  assert(response.ok, `${method} ${path} -> ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

// The SDK reads FLORA_BASE_URL and FLORA_API_KEY itself: no options given on purpose.
const client = new FLORA({ timeout: REQUEST_TIMEOUT_MS });
const noRetry = client.withOptions({ maxRetries: 0 });

await check('client reads FLORA_BASE_URL and FLORA_API_KEY', async () => {
  assert(client.baseURL === process.env.FLORA_BASE_URL.trim(), `baseURL is ${client.baseURL}`);
  assert(client.apiKey === process.env.FLORA_API_KEY?.trim(), 'apiKey is not FLORA_API_KEY');
  return client.baseURL;
});

await check('workspaces.list', async () => {
  const { data, response } = await client.workspaces.list().withResponse();
  assert(response.headers.get('request-id')?.startsWith('req_'), 'no req_ request-id header');
  const workspaces = data.workspaces;
  assert(Array.isArray(workspaces), 'no workspaces array');
  assert(workspaces.length >= 3, `expected >= 3 workspaces, got ${workspaces.length}`);
  for (const ws of workspaces) {
    assert(ws.workspace_id?.startsWith('ws_'), `bad workspace_id ${ws.workspace_id}`);
    assert(typeof ws.name === 'string' && ws.name, `workspace ${ws.workspace_id} has no name`);
    assert(typeof ws.role === 'string' && ws.role, `workspace ${ws.workspace_id} has no role`);
    assert(
      ws.created_at === null || typeof ws.created_at === 'number',
      `workspace ${ws.workspace_id} created_at is ${typeof ws.created_at}`,
    );
  }
  const viewer = workspaces.find((ws) => ws.role === 'viewer');
  const writable = workspaces.find((ws) => ws.role !== 'viewer');
  assert(viewer, `no workspace with role viewer (roles: ${workspaces.map((w) => w.role)})`);
  assert(writable, 'no workspace where runs may start');
  state.viewer = viewer;
  state.workspace = writable;
  return `${workspaces.length} workspaces, roles ${workspaces.map((w) => w.role).join('/')}`;
});

await check(`techniques.list auto-pagination (limit ${PAGE_LIMIT})`, async () => {
  const items = [];
  for await (const technique of client.techniques.list({ limit: PAGE_LIMIT })) {
    items.push(technique);
    assert(items.length <= 10_000, 'pagination does not end');
  }
  assert(items.length >= MIN_TECHNIQUES, `expected >= ${MIN_TECHNIQUES}, got ${items.length}`);
  const ids = new Set(items.map((t) => t.technique_id));
  assert(ids.size === items.length, `${items.length - ids.size} duplicate techniques across pages`);
  for (const t of items) {
    assert(t.technique_id?.startsWith('tech_'), `bad technique_id ${t.technique_id}`);
    assert(typeof t.name === 'string' && t.name, `${t.technique_id} has no name`);
    assert(typeof t.run_cost === 'number' && t.run_cost >= 0, `${t.technique_id} run_cost`);
    assert(Array.isArray(t.inputs) && Array.isArray(t.outputs), `${t.technique_id} io arrays`);
  }
  // The same listing page by page: several pages, none larger than the limit.
  const sizes = [];
  const firstPage = await client.techniques.list({ limit: PAGE_LIMIT });
  for await (const page of firstPage.iterPages()) {
    sizes.push(page.techniques.length);
    assert(page.techniques.length <= PAGE_LIMIT, `a page of ${page.techniques.length} items`);
    assert(sizes.length <= 10_000, 'pagination does not end');
  }
  const total = sizes.reduce((a, b) => a + b, 0);
  assert(sizes.length > 1, `only ${sizes.length} page(s)`);
  assert(total === items.length, `pages hold ${total} items, the iterator gave ${items.length}`);
  state.techniques = items;
  return `${items.length} techniques in ${sizes.length} pages (${sizes.join('+')})`;
});

await check('techniques.list filtered by workspace_id', async () => {
  const all = new Set(need('techniques').map((t) => t.technique_id));
  const workspace = need('workspace');
  const items = [];
  for await (const technique of client.techniques.list({
    limit: PAGE_LIMIT,
    workspace_id: workspace.workspace_id,
  })) {
    items.push(technique);
    assert(items.length <= 10_000, 'pagination does not end');
  }
  assert(items.length > 0, `no techniques in ${workspace.workspace_id}`);
  const strays = items.filter((t) => !all.has(t.technique_id)).map((t) => t.technique_id);
  assert(strays.length === 0, `not in the unfiltered listing: ${strays}`);
  state.inWorkspace = items;
  return `${items.length} of ${all.size} in ${workspace.workspace_id}`;
});

await check('techniques.retrieve by id and by slug', async () => {
  const listed = need('inWorkspace');
  const chosen = pickRunnable(listed, new Set(Object.keys(MEDIA_VALUE).concat('text')));
  assert(chosen, 'no technique with required inputs of known types');
  const byId = await client.techniques.retrieve(chosen.technique_id);
  assert(byId.technique_id === chosen.technique_id, `retrieved ${byId.technique_id}`);
  assert(byId.name === chosen.name, 'name differs from the list item');
  assert(JSON.stringify(byId.inputs) === JSON.stringify(chosen.inputs), 'inputs differ from list');
  const slug = chosen.slug;
  assert(typeof slug === 'string' && slug, `list item ${chosen.technique_id} has no slug`);
  const bySlug = await client.techniques.retrieve(slug);
  assert(bySlug.technique_id === chosen.technique_id, `slug ${slug} gave ${bySlug.technique_id}`);
  state.technique = byId;
  state.slug = slug;
  return `${byId.technique_id} = ${slug} (${byId.name})`;
});

await check('runs.startTechnique + generations.retrieve until completed', async () => {
  const technique = need('technique');
  const workspace = need('workspace');
  const inputs = Object.fromEntries(requiredInputs(technique).map((i) => [i.id, valueFor(i)]));
  const started = await client.runs.startTechnique(
    { technique_id: technique.technique_id, workspace_id: workspace.workspace_id, inputs },
    withKey(idempotencyKey()),
  );
  assert(started.run_id?.startsWith('run_'), `bad run_id ${started.run_id}`);
  assert(started.type === 'technique', `type is ${started.type}`);
  assert(typeof started.charged_cost === 'number', 'charged_cost is not a number');
  assert(
    started.estimated_seconds === null || typeof started.estimated_seconds === 'number',
    'estimated_seconds is neither a number nor null',
  );
  assert(started.technique?.technique_id === technique.technique_id, 'technique echo differs');
  const { run, seen } = await pollUntilTerminal(() => client.generations.retrieve(started.run_id));
  assert(run.run_id === started.run_id, `polled ${run.run_id}`);
  const outputs = await checkOutputs(run, technique);
  return `${started.run_id} ${seen.join('->')} outputs ${outputs}`;
});

await check('techniques.runs.create + techniques.runs.retrieve until completed', async () => {
  // This route gets a technique with an image input, so a URL value is exercised too.
  const withImage = need('inWorkspace').filter((t) =>
    requiredInputs(t).some((i) => i.type === 'imageUrl'),
  );
  const technique = pickRunnable(withImage, NESTED_INPUT_TYPES);
  assert(technique, 'no technique whose required inputs are imageUrl/videoUrl/text');
  // The route takes a slug or an id; the slug is the form the guides use.
  const idOrSlug = technique.slug ?? technique.technique_id;
  const inputs = requiredInputs(technique).map((i) => ({
    id: i.id,
    type: i.type,
    value: valueFor(i),
  }));
  const created = await client.techniques.runs.create(
    idOrSlug,
    { inputs, mode: 'async' },
    withKey(idempotencyKey()),
  );
  assert(created.run_id?.startsWith('run_'), `bad run_id ${created.run_id}`);
  assert(['pending', 'running'].includes(created.status), `created in status ${created.status}`);
  assert(typeof created.created_at === 'number', 'created_at is not a number');
  const { run, seen } = await pollUntilTerminal(() =>
    client.techniques.runs.retrieve(created.run_id, { techniqueId: idOrSlug }),
  );
  assert(run.run_id === created.run_id, `polled ${run.run_id}`);
  const outputs = await checkOutputs(run, technique);
  return `${idOrSlug} ${created.run_id} ${seen.join('->')} outputs ${outputs}`;
});

await check('400 BadRequestError: a required input missing', async () => {
  const technique = need('technique');
  const workspace = need('workspace');
  const missing = requiredInputs(technique)[0].id;
  const err = await expectError(
    () =>
      client.runs.startTechnique(
        { technique_id: technique.technique_id, workspace_id: workspace.workspace_id, inputs: {} },
        withKey(idempotencyKey()),
      ),
    BadRequestError,
    400,
  );
  assert(errorCode(err) === 'input_validation_error', `code ${errorCode(err)}`);
  const fields = err.error?.error?.fields ?? [];
  assert(
    fields.some((f) => f.field === missing || f.field === `inputs.${missing}`),
    `no fields entry for ${missing}: ${JSON.stringify(fields)}`,
  );
  return `${errorCode(err)} fields=${fields.map((f) => f.field).join(',')}`;
});

await check('401 AuthenticationError: a wrong API key', async () => {
  const wrongKey = new FLORA({ apiKey: 'sk_test_not_the_sandbox_key', maxRetries: 0 });
  const err = await expectError(() => wrongKey.workspaces.list(), AuthenticationError, 401);
  const code = errorCode(err);
  assert(['invalid_api_key', 'unauthorized'].includes(code), `code ${code}`);
  return code;
});

await check('403 PermissionDeniedError: a run in the viewer workspace', async () => {
  const technique = need('technique');
  const viewer = need('viewer');
  const inputs = Object.fromEntries(requiredInputs(technique).map((i) => [i.id, valueFor(i)]));
  const err = await expectError(
    () =>
      client.runs.startTechnique(
        { technique_id: technique.technique_id, workspace_id: viewer.workspace_id, inputs },
        withKey(idempotencyKey()),
      ),
    PermissionDeniedError,
    403,
  );
  assert(errorCode(err) === 'forbidden', `code ${errorCode(err)}`);
  return errorCode(err);
});

await check('404 NotFoundError: an unknown technique', async () => {
  const err = await expectError(
    () => client.techniques.retrieve('tech_does_not_exist_0000'),
    NotFoundError,
    404,
  );
  assert(errorCode(err) === 'not_found', `code ${errorCode(err)}`);
  return errorCode(err);
});

await check('409 ConflictError: an Idempotency-Key reused', async () => {
  const technique = need('technique');
  const workspace = need('workspace');
  const inputs = Object.fromEntries(requiredInputs(technique).map((i) => [i.id, valueFor(i)]));
  const body = {
    technique_id: technique.technique_id,
    workspace_id: workspace.workspace_id,
    inputs,
  };
  const key = idempotencyKey();
  const first = await noRetry.runs.startTechnique(body, withKey(key));
  // The SDK retries 409s by default; maxRetries 0 shows the first answer.
  const err = await expectError(
    () => noRetry.runs.startTechnique(body, withKey(key)),
    ConflictError,
    409,
  );
  assert(errorCode(err) === 'idempotency_duplicate', `code ${errorCode(err)}`);
  const { runs } = await sandboxControl('GET', '/_sandbox/runs');
  const withThisKey = runs.filter((r) => r.idempotency_key === key);
  assert(withThisKey.length === 1, `${withThisKey.length} runs carry the key, expected 1`);
  assert(withThisKey[0].run_id === first.run_id, 'the run with the key is not the first run');
  return `${errorCode(err)}, one run (${first.run_id})`;
});

await check('429 RateLimitError: injected through /_sandbox/faults', async () => {
  await sandboxControl('POST', '/_sandbox/faults', {
    method: 'GET',
    path: '/api/v1/workspaces',
    status: 429,
    code: 'rate_limited',
    count: 5,
    retry_after: 0,
  });
  try {
    const err = await expectError(() => noRetry.workspaces.list(), RateLimitError, 429);
    assert(errorCode(err) === 'rate_limited', `code ${errorCode(err)}`);
    assert(err.headers.get('retry-after') === '0', `retry-after ${err.headers.get('retry-after')}`);
    return `${errorCode(err)}, retry-after ${err.headers.get('retry-after')}`;
  } finally {
    await sandboxControl('DELETE', '/_sandbox/faults');
  }
});

await check('429 then success: the SDK retries and gets through', async () => {
  await sandboxControl('POST', '/_sandbox/faults', {
    method: 'GET',
    path: '/api/v1/workspaces',
    status: 429,
    code: 'rate_limited',
    count: 1,
    retry_after: 0,
  });
  try {
    const { workspaces } = await client.workspaces.list();
    assert(workspaces.length >= 3, `${workspaces.length} workspaces after the retry`);
    return `${workspaces.length} workspaces on the second attempt`;
  } finally {
    await sandboxControl('DELETE', '/_sandbox/faults');
  }
});

const failed = results.filter((r) => !r.ok);
const passed = results.length - failed.length;
console.log(`${passed}/${results.length} checks passed with the official SDK`);
process.exit(failed.length ? 1 : 0);
