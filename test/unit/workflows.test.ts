/**
 * Static checks of the workflow files and examples: they parse, use only the inputs and secrets they declare, never
 * splice untrusted values into shell scripts, ask for the fewest token permissions, pin every third-party action, and
 * call this project's actions only with inputs those actions declare. Each check collects every problem it finds,
 * so one run lists them all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

type YamlMap = Record<string, unknown>;

const root = fileURLToPath(new URL('../..', import.meta.url));
const OWN = /^byok-project\/byok\/(.+)@v1$/;
const SHA_PINNED = /^[^@\s]+@[0-9a-f]{40}$/;
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const UNTRUSTED_IN_RUN = /(?<![\w.-])(inputs|secrets)\.|(?<![\w.-])github\.(event|head_ref)\b/;

function yamlFiles(dir: string): string[] {
  const path = join(root, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name));
}

const workflowFiles = [...yamlFiles('.github/workflows'), ...yamlFiles('examples')];
const CEREMONY = '.github/workflows/byok-ceremony.yml';
/**
 * Secrets a called workflow reads from the environment of one of its jobs instead of declaring them: they resolve
 * only in a job bound to that (literal) environment, and only when the caller passes `secrets: inherit`.
 */
const ENVIRONMENT_SECRETS: Record<string, string[]> = { 'byok-wrap': ['PKCS11_PIN'] };

function load(file: string): YamlMap {
  const doc = parseDocument(readFileSync(join(root, file), 'utf8'), { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
  return asMap(doc.toJS());
}

function asMap(value: unknown): YamlMap {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as YamlMap) : {};
}

function steps(job: YamlMap): YamlMap[] {
  return Array.isArray(job.steps) ? job.steps.map(asMap) : [];
}

function jobsOf(workflow: YamlMap): [string, YamlMap][] {
  return Object.entries(asMap(workflow.jobs)).map(([id, job]) => [id, asMap(job)]);
}

function triggers(workflow: YamlMap): YamlMap {
  return asMap(workflow.on);
}

/** Every string anywhere below `value`, with the path that leads to it. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  return [];
}

function expressions(value: unknown): string[] {
  return strings(value).flatMap(([, text]) => [...text.matchAll(EXPRESSION)].map((m) => m[1] ?? ''));
}

function references(value: unknown, context: string): string[] {
  const pattern = new RegExp(`(?<![\\w.-])${context}\\.([A-Za-z_][A-Za-z0-9_-]*)`, 'g');
  return expressions(value).flatMap((e) => [...e.matchAll(pattern)].map((m) => m[1] ?? ''));
}

/** The action.yml (or called workflow) behind one of this project's own `uses:` references. */
function ownTarget(uses: string): { path: string; kind: 'action' | 'workflow' } | undefined {
  const match = OWN.exec(uses) ?? /^\.\/(\.github\/workflows\/.+\.ya?ml)$/.exec(uses);
  if (!match) return undefined;
  const target = match[1] ?? '';
  return target.startsWith('.github/workflows/')
    ? { path: target, kind: 'workflow' }
    : { path: join(target, 'action.yml'), kind: 'action' };
}

function permissionsOf(block: unknown): YamlMap {
  return typeof block === 'string' ? { '*': block } : asMap(block);
}

/** Whether a job asks for an Azure token: one of its steps passes client-id, or the workflow it calls does. */
function requestsIdToken(job: YamlMap): boolean {
  if (steps(job).some((step) => asMap(step.with)['client-id'] !== undefined)) return true;
  const target = typeof job.uses === 'string' ? ownTarget(job.uses) : undefined;
  if (target?.kind !== 'workflow' || !existsSync(join(root, target.path))) return false;
  return jobsOf(load(target.path)).some(
    ([, called]) => permissionsOf(called.permissions)['id-token'] === 'write',
  );
}

/** Whether a job reads the repository: one of its steps checks it out, or the workflow it calls has a job that does. */
function checksOut(job: YamlMap): boolean {
  if (steps(job).some((s) => String(s.uses ?? '').startsWith('actions/checkout@'))) return true;
  const target = typeof job.uses === 'string' ? ownTarget(job.uses) : undefined;
  if (target?.kind !== 'workflow' || !existsSync(join(root, target.path))) return false;
  return jobsOf(load(target.path)).some(([, called]) => checksOut(called));
}

function check(collect: (problems: string[]) => void): void {
  const problems: string[] = [];
  collect(problems);
  expect(problems).toEqual([]);
}

describe('workflow files', () => {
  it('the reusable workflow and the example callers are there', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining([
        CEREMONY,
        '.github/workflows/release.yml',
        '.github/workflows/codeql.yml',
        'examples/import-signing-key.yml',
      ]),
    );
  });

  it.each([...workflowFiles, '.github/dependabot.yml'])('%s parses as YAML', (file) => {
    const doc = parseDocument(readFileSync(join(root, file), 'utf8'), { uniqueKeys: true });
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    expect(doc.warnings.map((e) => e.message)).toEqual([]);
    if (file !== '.github/dependabot.yml')
      expect(Object.keys(asMap(load(file).jobs)).length).toBeGreaterThan(0);
  });

  it.each(workflowFiles)('%s uses only the inputs and secrets it declares', (file) =>
    check((problems) => {
      const workflow = load(file);
      const call = asMap(triggers(workflow).workflow_call);
      const dispatch = asMap(triggers(workflow).workflow_dispatch);
      const inputs = new Set([...Object.keys(asMap(call.inputs)), ...Object.keys(asMap(dispatch.inputs))]);
      for (const name of references(workflow, 'inputs'))
        if (!inputs.has(name)) problems.push(`inputs.${name} is used but not declared`);
      if (workflow.on !== undefined && triggers(workflow).workflow_call !== undefined) {
        const secrets = new Set([...Object.keys(asMap(call.secrets)), 'GITHUB_TOKEN']);
        for (const [jobId, job] of jobsOf(workflow)) {
          const environmentSecrets = ENVIRONMENT_SECRETS[String(job.environment)] ?? [];
          for (const name of references(job, 'secrets'))
            if (!secrets.has(name) && !environmentSecrets.includes(name))
              problems.push(
                `${jobId}: secrets.${name} is used but neither declared under workflow_call nor a secret of its environment`,
              );
        }
        const used = new Set(references(workflow, 'inputs'));
        for (const name of Object.keys(asMap(call.inputs)))
          if (!used.has(name)) problems.push(`input ${name} is declared but never used`);
      }
    }),
  );

  it.each(workflowFiles)('%s passes inputs, secrets and event data to scripts only through env', (file) =>
    check((problems) => {
      for (const [jobId, job] of jobsOf(load(file)))
        for (const [index, step] of steps(job).entries()) {
          if (typeof step.run !== 'string') continue;
          for (const expression of [...step.run.matchAll(EXPRESSION)].map((m) => m[1] ?? ''))
            if (UNTRUSTED_IN_RUN.test(expression))
              problems.push(`${jobId} step ${index + 1}: run: interpolates \${{${expression}}}; use env:`);
        }
    }),
  );

  it.each(workflowFiles)('%s asks each job for the fewest token permissions', (file) =>
    check((problems) => {
      const workflow = load(file);
      if (workflow.permissions === undefined) problems.push('no workflow-level permissions: (use {})');
      const top = permissionsOf(workflow.permissions);
      if (top['id-token'] !== undefined || top['*'] !== undefined)
        problems.push('workflow-level permissions grant id-token or a blanket scope; grant per job');
      for (const [jobId, job] of jobsOf(workflow)) {
        if (job.permissions === undefined) {
          problems.push(`${jobId}: no permissions: block`);
          continue;
        }
        const granted = permissionsOf(job.permissions);
        if (granted['*'] !== undefined) problems.push(`${jobId}: permissions: ${String(granted['*'])}`);
        const wantsToken = requestsIdToken(job);
        if (wantsToken && granted['id-token'] !== 'write')
          problems.push(`${jobId}: requests an Azure token but lacks id-token: write`);
        if (!wantsToken && granted['id-token'] !== undefined)
          problems.push(`${jobId}: id-token granted but no step passes client-id`);
        if (granted.contents === 'read' && !checksOut(job))
          problems.push(`${jobId}: contents: read without a checkout`);
      }
    }),
  );

  it.each(workflowFiles)('%s pins every third-party action to a commit', (file) =>
    check((problems) => {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [jobId, job] of jobsOf(load(file)))
        for (const uses of [job.uses, ...steps(job).map((s) => s.uses)]) {
          if (typeof uses !== 'string' || uses.startsWith('./') || OWN.test(uses)) continue;
          if (uses.startsWith('docker://')) {
            if (!/@sha256:[0-9a-f]{64}$/.test(uses))
              problems.push(`${jobId}: ${uses} is not pinned by digest`);
          } else if (!SHA_PINNED.test(uses)) {
            problems.push(`${jobId}: ${uses} is not pinned to a full commit SHA`);
          } else if (!new RegExp(`uses: ${uses.replace(/[./]/g, '\\$&')} # v\\d`).test(text)) {
            problems.push(`${jobId}: ${uses} has no "# vX.Y.Z" comment naming the version`);
          }
        }
    }),
  );

  it.each(workflowFiles)("%s gives this project's actions and workflows only what they declare", (file) =>
    check((problems) => {
      for (const [jobId, job] of jobsOf(load(file)))
        for (const [where, uses, given, secrets] of [
          [jobId, job.uses, job.with, job.secrets] as const,
          ...steps(job).map((s, i) => [`${jobId} step ${i + 1}`, s.uses, s.with, undefined] as const),
        ]) {
          const target = typeof uses === 'string' ? ownTarget(uses) : undefined;
          if (!target) continue;
          if (!existsSync(join(root, target.path))) {
            problems.push(`${where}: ${uses} needs ${target.path}, which does not exist in this repository`);
            continue;
          }
          const declared =
            target.kind === 'action'
              ? asMap(load(target.path).inputs)
              : asMap(asMap(triggers(load(target.path)).workflow_call).inputs);
          for (const key of Object.keys(asMap(given)))
            if (!(key in declared)) problems.push(`${where}: ${target.path} declares no input "${key}"`);
          for (const [key, spec] of Object.entries(declared))
            if (asMap(spec).required === true && asMap(spec).default === undefined && !(key in asMap(given)))
              problems.push(`${where}: required input "${key}" of ${target.path} is not given`);
          if (target.kind !== 'workflow' || secrets === 'inherit') continue;
          const wanted = asMap(asMap(triggers(load(target.path)).workflow_call).secrets);
          for (const key of Object.keys(asMap(secrets)))
            if (!(key in wanted)) problems.push(`${where}: ${target.path} declares no secret "${key}"`);
          for (const [key, spec] of Object.entries(wanted))
            if (asMap(spec).required === true && !(key in asMap(secrets)))
              problems.push(`${where}: required secret "${key}" of ${target.path} is not passed`);
        }
    }),
  );

  it.each(workflowFiles)('%s reads only step and job outputs that exist', (file) =>
    check((problems) => {
      const workflow = load(file);
      const jobs = new globalThis.Map(jobsOf(workflow));
      const outputsOfJob = (id: string): string[] => {
        const job = jobs.get(id) ?? {};
        const target = typeof job.uses === 'string' ? ownTarget(job.uses) : undefined;
        if (target?.kind === 'workflow' && existsSync(join(root, target.path)))
          return Object.keys(asMap(asMap(triggers(load(target.path)).workflow_call).outputs));
        return Object.keys(asMap(job.outputs));
      };
      for (const [jobId, job] of jobs) {
        const needs = [job.needs ?? []].flat().map(String);
        const byId = new globalThis.Map(steps(job).map((s) => [String(s.id ?? ''), s]));
        for (const e of expressions(job)) {
          for (const [, stepId, name] of e.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
            const step = byId.get(stepId ?? '');
            if (!step) {
              problems.push(`${jobId}: steps.${stepId} is not a step id of this job`);
              continue;
            }
            const target = typeof step.uses === 'string' ? ownTarget(step.uses) : undefined;
            if (target?.kind === 'action' && existsSync(join(root, target.path)))
              if (!(String(name) in asMap(load(target.path).outputs)))
                problems.push(`${jobId}: ${target.path} has no output "${name}"`);
          }
          for (const [, other, name] of e.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
            if (!needs.includes(String(other)))
              problems.push(`${jobId}: reads needs.${other} without needs: ${other}`);
            else if (!outputsOfJob(String(other)).includes(String(name)))
              problems.push(`${jobId}: job ${other} has no output "${name}"`);
          }
        }
      }
      const call = asMap(triggers(workflow).workflow_call);
      for (const e of expressions(call.outputs))
        for (const [, other, name] of e.matchAll(/jobs\.([\w-]+)\.outputs\.([\w-]+)/g))
          if (!outputsOfJob(String(other)).includes(String(name)))
            problems.push(`workflow_call output reads jobs.${other}.outputs.${name}, which does not exist`);
    }),
  );
});

describe('the ceremony workflow', () => {
  const workflow = load(CEREMONY);
  const jobs = asMap(workflow.jobs);
  const job = (id: string): YamlMap => asMap(jobs[id]);
  const call = asMap(triggers(workflow).workflow_call);
  const declaredInputs = asMap(call.inputs);
  const stepUsing = (id: string, action: string): YamlMap =>
    steps(job(id)).find((s) => String(s.uses).startsWith(`byok-project/byok/${action}@`)) ?? {};
  const azureJobs = jobsOf(workflow).filter(([, j]) => permissionsOf(j.permissions)['id-token'] === 'write');
  /** The example callers and fenced YAML in the docs that call the ceremony. */
  const callers = (): [string, YamlMap][] => {
    const fromExamples = yamlFiles('examples').flatMap((file) =>
      jobsOf(load(file))
        .filter(([, j]) => String(j.uses ?? '').includes('byok-ceremony.yml'))
        .map(([id, j]): [string, YamlMap] => [`${file} job ${id}`, j]),
    );
    const markdown = ['README.md', ...readdirSync(join(root, 'docs')).map((f) => join('docs', f))].filter(
      (f) => f.endsWith('.md'),
    );
    const fromDocs = markdown.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)]
        .map((m) => asMap(parseDocument(m[1] ?? '').toJS()))
        .flatMap((doc) => [...jobsOf(doc), ...(doc.uses ? [['(job)', doc] as [string, YamlMap]] : [])])
        .filter(([, j]) => String(j.uses ?? '').includes('byok-ceremony.yml'))
        .map(([id, j]): [string, YamlMap] => [`${file} ${id}`, j]),
    );
    return [...fromExamples, ...fromDocs];
  };

  it('is reusable and runs kek, wrap and import in that order', () => {
    expect(call).toBeDefined();
    expect(Object.keys(jobs)).toEqual(['kek', 'wrap', 'import']);
    expect([job('wrap').needs].flat()).toEqual(['kek']);
    expect([job('import').needs].flat()).toEqual(['kek', 'wrap']);
  });

  it('names its three environments literally, and no input can change them', () => {
    expect(Object.fromEntries(jobsOf(workflow).map(([id, j]) => [id, j.environment]))).toEqual({
      kek: 'byok-kek',
      wrap: 'byok-wrap',
      import: 'byok-import',
    });
    expect(Object.keys(declaredInputs).filter((name) => /environment/.test(name))).toEqual([]);
  });

  it('runs every job that holds an Azure token on GitHub-hosted ubuntu-latest, and the wrap only in byok-hsm', () => {
    // Any label set a caller picks may also match the HSM runner (a job needs only a subset of a runner's
    // labels), so no input reaches runs-on of a job with id-token: write.
    expect(azureJobs.map(([id, j]) => [id, j['runs-on']])).toEqual([
      ['kek', 'ubuntu-latest'],
      ['import', 'ubuntu-latest'],
    ]);
    expect(asMap(job('wrap')['runs-on']).group).toBe('byok-hsm');
    expect(permissionsOf(job('wrap').permissions)['id-token']).toBeUndefined();
  });

  it('reads the PIN as the byok-wrap environment secret, in the wrap job only, through the environment', () => {
    const wrap = stepUsing('wrap', 'action-wrap');
    expect(asMap(wrap.env).PKCS11_PIN).toBe('${{ secrets.PKCS11_PIN }}');
    expect(asMap(wrap.with).pin).toBeUndefined();
    // Declared secrets are passed by the caller from repository secrets, which every writer's workflow can read.
    expect(call.secrets).toBeUndefined();
    const readers = jobsOf(workflow).flatMap(([id, j]) =>
      steps(j).flatMap((s) => references(s, 'secrets').map((name) => `${id}: ${name}`)),
    );
    expect(readers).toEqual(['wrap: PKCS11_PIN']);
  });

  it('takes the Azure identities and the vault from the environments, and checks the vault the caller names', () => {
    for (const [id, j] of azureJobs) {
      const own = steps(j).filter((s) => String(s.uses ?? '').startsWith('byok-project/byok/'));
      for (const step of own) {
        const given = asMap(step.with);
        expect([id, given['client-id'], given['tenant-id']]).toEqual([
          id,
          '${{ vars.AZURE_CLIENT_ID }}',
          '${{ vars.AZURE_TENANT_ID }}',
        ]);
        expect([id, given['hsm-name'], given['vault-name']]).toEqual([id, undefined, undefined]);
      }
    }
    expect(steps(job('kek'))[0]).toMatchObject({ id: 'vault' });
    expect(asMap(steps(job('kek'))[0]?.env).PINNED).toBe('${{ vars.BYOK_VAULT_URL }}');
    expect(asMap(stepUsing('kek', 'action-kek-create').with)['vault-url']).toBe(
      '${{ steps.vault.outputs.url }}',
    );
    expect(asMap(stepUsing('kek', 'action-kek-download').with)['vault-url']).toBe(
      '${{ steps.vault.outputs.url }}',
    );
    expect(asMap(stepUsing('import', 'action-import').with)['vault-url']).toBe('${{ vars.BYOK_VAULT_URL }}');
  });

  describe("the kek job's vault check, run as the runner runs it", () => {
    const script = String(steps(job('kek'))[0]?.run);
    const runCheck = (env: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'byok-vault-check-'));
      const output = join(dir, 'output');
      writeFileSync(output, '');
      try {
        const result = spawnSync('bash', ['-e', '-c', script], {
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GITHUB_OUTPUT: output, ...env },
          encoding: 'utf8',
        });
        return { status: result.status, stdout: result.stdout, output: readFileSync(output, 'utf8') };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const pinned = 'https://contoso-mhsm.managedhsm.azure.net';

    it.each([[{ HSM_NAME: 'contoso-mhsm' }], [{ HSM_NAME: 'Contoso-MHSM' }], [{ VAULT_URL: `${pinned}/` }]])(
      'passes on the pinned vault (%j) and hands on the pinned URL',
      (given) => {
        expect(runCheck({ ...given, PINNED: pinned })).toEqual({
          status: 0,
          stdout: '',
          output: `url=${pinned}\n`,
        });
      },
    );

    it('refuses an exportable key list before anything is created', () => {
      const result = runCheck({
        HSM_NAME: 'contoso-mhsm',
        PINNED: pinned,
        EXPORTABLE: 'true',
        KEY_LIST: 'k.yaml',
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/^::error::Input exportable applies to one key/);
      expect(result.output).toBe('');
    });

    it.each([
      ['the writer’s own Managed HSM', { HSM_NAME: 'attacker-mhsm', PINNED: pinned }, /pinned to/],
      ['a Key Vault of the same name', { VAULT_NAME: 'contoso-mhsm', PINNED: pinned }, /pinned to/],
      ['no pin on the environment', { HSM_NAME: 'contoso-mhsm', PINNED: '' }, /no variable BYOK_VAULT_URL/],
      ['two vaults named', { HSM_NAME: 'contoso-mhsm', VAULT_URL: pinned, PINNED: pinned }, /exactly one/],
      ['no vault named', { PINNED: pinned }, /exactly one/],
    ])('refuses %s', (_what, env, message) => {
      const result = runCheck(env);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(new RegExp(`^::error::.*${message.source}`));
      expect(result.output).toBe('');
    });
  });

  it('exposes what the docs tell users to set, and hands each to the action that uses it', () => {
    const handed: [string, string, string][] = [
      ['if-exists', 'import', 'if-exists'],
      ['kek-after-import', 'import', 'kek-after-import'],
      ['enabled', 'import', 'enabled'],
      ['not-before', 'import', 'not-before'],
      ['expires', 'import', 'expires'],
      ['authority-host', 'import', 'authority-host'],
      ['authority-host', 'kek', 'authority-host'],
      ['slot-id', 'wrap', 'slot-id'],
      ['key-id', 'wrap', 'key-id'],
      ['require-approval', 'import', 'require-approval'],
      ['two-person-control', 'import', 'two-person-control'],
      ['allow-padded-kwp', 'wrap', 'allow-padded-kwp'],
      ['exportable', 'import', 'exportable'],
    ];
    const actionOf = { kek: 'action-kek-create', wrap: 'action-wrap', import: 'action-import' } as const;
    const missing = handed.filter(
      ([input, jobId, actionInput]) =>
        !(input in declaredInputs) ||
        asMap(stepUsing(jobId, actionOf[jobId as keyof typeof actionOf]).with)[actionInput] !==
          `\${{ inputs.${input} }}`,
    );
    expect(missing).toEqual([]);
    for (const name of ['hsm-name', 'vault-name', 'vault-url'])
      expect([name, name in declaredInputs]).toEqual([name, true]);
  });

  it('takes the release policy of an exportable key only from byok-import, never from an input', () => {
    // Whoever writes the policy decides who can take the key out of the HSM.
    const given = asMap(stepUsing('import', 'action-import').with);
    expect(given['release-policy']).toBe("${{ inputs.exportable && vars.BYOK_RELEASE_POLICY || '' }}");
    expect(Object.keys(declaredInputs).filter((name) => /polic/.test(name))).toEqual([]);
    expect(declaredInputs.exportable).toMatchObject({ type: 'boolean', default: false });
  });

  it('makes the import refuse to run without an approval of its own environment, by default', () => {
    const gate = asMap(stepUsing('import', 'action-import').with);
    expect(declaredInputs['require-approval']).toMatchObject({ type: 'boolean', default: true });
    expect(gate['approval-environment']).toBe(job('import').environment);
    expect(gate['github-token']).toBe('${{ github.token }}');
    expect(permissionsOf(job('import').permissions).actions).toBe('read');
  });

  it('is called with secrets: inherit and exactly the permissions its jobs ask for, wherever the docs show a call', () => {
    const wanted: YamlMap = {};
    for (const [, j] of jobsOf(workflow)) Object.assign(wanted, permissionsOf(j.permissions));
    const found = callers();
    expect(found.length).toBeGreaterThan(0);
    expect(found.map(([where, j]) => [where, j.secrets, permissionsOf(j.permissions)])).toEqual(
      found.map(([where]) => [where, 'inherit', wanted]),
    );
    const header = readFileSync(join(root, CEREMONY), 'utf8');
    expect(header).toContain(
      `jobs.<id>.permissions: { ${Object.entries(wanted)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(', ')} }`,
    );
  });

  it("is matched by docs/setup.md: every variable and secret a job reads is set on that job's environment", () => {
    const setup = readFileSync(join(root, 'docs/setup.md'), 'utf8');
    const set = new Set<string>();
    for (const m of setup.matchAll(/gh (variable|secret) set (\w+) --env "?([\w$-]+)"?/g)) {
      const envs = m[3] === '"$env"' || m[3] === '$env' ? ['byok-kek', 'byok-import'] : [m[3] ?? ''];
      for (const env of envs) set.add(`${m[1]} ${m[2]} ${env}`);
    }
    const wanted = jobsOf(workflow).flatMap(([, j]) => [
      ...references(j, 'vars').map((name) => `variable ${name} ${String(j.environment)}`),
      ...references(j, 'secrets').map((name) => `secret ${name} ${String(j.environment)}`),
    ]);
    expect(wanted.length).toBeGreaterThan(0);
    expect([...new Set(wanted)].filter((line) => !set.has(line))).toEqual([]);
    for (const literal of ['byok-kek', 'byok-wrap', 'byok-import', '"name": "byok-hsm"', 'secrets: inherit'])
      expect([literal, setup.includes(literal)]).toEqual([literal, true]);
  });

  it('checks the KEK fingerprint from the kek job in both wrap and import', () => {
    const fromKek = '${{ needs.kek.outputs.kek-fingerprint }}';
    expect(asMap(stepUsing('wrap', 'action-wrap').with)['kek-fingerprint']).toBe(fromKek);
    expect(asMap(stepUsing('import', 'action-import').with)['kek-fingerprint']).toBe(fromKek);
    expect(asMap(stepUsing('import', 'action-import').with)['byok-artifact']).toBe(
      asMap(stepUsing('wrap', 'action-wrap').with)['byok-artifact'],
    );
  });

  it('reads a key list from the repository in the kek job only, and binds it to the later jobs by job outputs', () => {
    const checkouts = (id: string) =>
      steps(job(id)).filter((s) => String(s.uses ?? '').startsWith('actions/checkout@'));
    expect(checkouts('kek')).toMatchObject([
      {
        if: "inputs.key-list != ''",
        with: { 'sparse-checkout': '${{ inputs.key-list }}', 'persist-credentials': false },
      },
    ]);
    // The HSM runner's job and the import check nothing out: the list reaches them in the artifacts, bound by outputs.
    expect([...checkouts('wrap'), ...checkouts('import')]).toEqual([]);
    const given = (id: string, action: string) => asMap(stepUsing(id, action).with);
    expect(given('kek', 'action-kek-create')['key-list']).toBe('${{ inputs.key-list }}');
    expect(given('kek', 'action-kek-download')['key-list']).toBe('${{ inputs.key-list }}');
    const sha256 = '${{ needs.kek.outputs.key-list-sha256 }}';
    expect(given('wrap', 'action-wrap')['key-list-sha256']).toBe(sha256);
    expect(given('import', 'action-import')['key-list-sha256']).toBe(sha256);
    expect(given('import', 'action-import')['key-list-digest']).toBe(
      '${{ needs.wrap.outputs.key-list-digest }}',
    );
    // With a list, the single key's type (RSA by default) reaches no action, which would refuse it beside the list.
    const onlyWithoutList = "${{ inputs.key-list == '' && inputs.key-type || '' }}";
    expect(given('kek', 'action-kek-create')['target-key-type']).toBe(onlyWithoutList);
    expect(given('wrap', 'action-wrap')['key-type']).toBe(onlyWithoutList);
  });

  it('grants no scope at workflow level and serialises ceremonies per key', () => {
    expect(workflow.permissions).toEqual({});
    expect(permissionsOf(job('wrap').permissions)).toEqual({});
    expect(String(asMap(workflow.concurrency).group)).toContain('inputs.key-name');
    expect(asMap(workflow.concurrency)['cancel-in-progress']).toBe(false);
  });
});

describe('the release and check-dist workflows', () => {
  const RELEASE = '.github/workflows/release.yml';
  const scripts = (job: YamlMap) => steps(job).map((step) => String(step.run ?? ''));
  const runs = (job: YamlMap, command: string | RegExp) =>
    scripts(job).some((script) =>
      typeof command === 'string' ? script.includes(command) : command.test(script),
    );
  const targets = Object.keys(
    (JSON.parse(readFileSync(join(root, 'native', 'manifest.json'), 'utf8')) as { binaries: YamlMap })
      .binaries,
  ).sort();
  const RUNNER_OF: Record<string, RegExp> = {
    'linux-x64': /^ubuntu-[\d.]+$|^ubuntu-latest$/,
    'linux-arm64': /^ubuntu-[\d.]+-arm$/,
    'win32-x64': /^windows-/,
  };

  it.each(['.github/workflows/check-dist.yml', RELEASE])(
    '%s compares the JavaScript byte for byte and checks every binary by digest, load and known-answer test',
    (file) => {
      const [, job] = jobsOf(load(file))[0] as [string, YamlMap];
      expect(runs(job, '--strict-allow-scripts')).toBe(true);
      expect(runs(job, 'npm run bundle')).toBe(true);
      expect(runs(job, "git status --porcelain --ignored -- ':(glob)*/dist/**'")).toBe(true);
      expect(runs(job, /^npm run check:native$/)).toBe(true);
      expect(runs(job, 'npm run check:reproducible')).toBe(true);
      expect(runs(job, 'softhsm2')).toBe(true);
    },
  );

  it.each(['.ci/run', '.github/workflows/check-dist.yml', RELEASE])(
    "%s's dist/ check sees a changed, a deleted and a new (ignored) file in any bundle's dist/",
    (file) => {
      const pathspecs = [
        ...readFileSync(join(root, file), 'utf8').matchAll(/git status (--porcelain --ignored -- '[^']+')/g),
      ];
      expect(pathspecs.length).toBeGreaterThan(0);
      const repo = mkdtempSync(join(tmpdir(), 'byok-dist-check-'));
      try {
        const git = (...args: string[]) =>
          execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
            cwd: repo,
            encoding: 'utf8',
          });
        git('init', '-q');
        // As in this repository: dist/ is ignored (so that branches do not commit it) but committed with -f.
        writeFileSync(join(repo, '.gitignore'), '**/dist/\n');
        for (const path of [
          'action-a/dist/index.js',
          'action-b/dist/native/linux-x64/pkcs11.node',
          'src/x.ts',
        ]) {
          mkdirSync(join(repo, dirname(path)), { recursive: true });
          writeFileSync(join(repo, path), 'committed');
        }
        git('add', '-A');
        git('add', '-f', 'action-a/dist', 'action-b/dist');
        git('commit', '-qm', 'dist');
        // The check as the file runs it: `git status <its arguments>`, quotes removed as the shell removes them.
        const status = (check: string) =>
          git('status', ...check.split(' ').map((arg) => arg.replace(/^'|'$/g, '')));
        for (const [, check] of pathspecs) expect(status(check as string)).toBe('');
        writeFileSync(join(repo, 'action-a/dist/index.js'), 'rebuilt');
        rmSync(join(repo, 'action-b/dist/native/linux-x64/pkcs11.node'));
        writeFileSync(join(repo, 'action-b/dist/extra.js'), 'new');
        writeFileSync(join(repo, 'src/x.ts'), 'not dist');
        for (const [, check] of pathspecs)
          expect(status(check as string)).toBe(
            ' M action-a/dist/index.js\n D action-b/dist/native/linux-x64/pkcs11.node\n!! action-b/dist/extra.js\n',
          );
      } finally {
        rmSync(repo, { recursive: true, force: true });
      }
    },
  );

  it('the native matrix has a leg on each shipped target, on that platform, loading the binding there', () => {
    const native = asMap(asMap(load(RELEASE).jobs).native);
    const legs = (asMap(asMap(native.strategy).matrix).include as YamlMap[]).map(asMap);
    expect(legs.map((leg) => leg.target).sort()).toEqual(targets);
    for (const leg of legs) expect(String(leg.runner)).toMatch(RUNNER_OF[String(leg.target)] as RegExp);
    expect(native['runs-on']).toBe('${{ matrix.runner }}');
    expect(asMap(native.strategy)['fail-fast']).toBe(false);
    // Linux has SoftHSM: load + known-answer test, and a build from source checked the same way; Windows loads.
    expect(
      legs
        .filter((leg) => leg.softhsm === true)
        .map((leg) => leg.target)
        .sort(),
    ).toEqual(['linux-arm64', 'linux-x64']);
    const step = (name: RegExp) => steps(native).find((s) => name.test(String(s.name ?? ''))) ?? {};
    expect(step(/loads on this host/).run).toBe('npm run check:native -- load');
    expect(step(/loads on this host/).if).toBe('${{ !matrix.softhsm }}');
    expect(step(/known-answer test against SoftHSM/).run).toBe('npm run check:native -- load kat');
    expect(step(/known-answer test against SoftHSM/).if).toBe('matrix.softhsm');
    const build = String(step(/Build the binding here/).run);
    expect(build).toContain('npm run build:native -- --target "$TARGET"');
    expect(build).toContain(
      'npm run check:native -- --binary "$RUNNER_TEMP/native/$TARGET/pkcs11.node" load kat',
    );
    expect(asMap(step(/Build the binding here/).env).TARGET).toBe('${{ matrix.target }}');
  });

  it('the linux-x64 binding is run on the glibc baseline itself (Debian 10, glibc 2.28)', () => {
    const baseline = asMap(asMap(load(RELEASE).jobs)['native-baseline']);
    expect(baseline.container).toBe('debian:10');
    expect(runs(baseline, 'npm run check:native -- load kat')).toBe(true);
    expect(runs(baseline, 'apt-get install -y -qq softhsm2')).toBe(true);
  });

  it('each checking job checks out the verified commit, and publication waits for all of them', () => {
    const jobs = asMap(load(RELEASE).jobs);
    for (const id of ['native', 'native-baseline', 'publish']) {
      const job = asMap(jobs[id]);
      const checkout = steps(job).find((s) => String(s.uses ?? '').startsWith('actions/checkout@'));
      expect(asMap(checkout?.with).ref).toBe('${{ needs.verify.outputs.commit }}');
      expect(asMap(checkout?.with)['persist-credentials']).toBe(false);
    }
    expect(asMap(jobs.publish).needs).toEqual(['verify', 'native', 'native-baseline']);
  });

  it('the release carries every checked binary, the manifest and their digests', () => {
    const publish = asMap(asMap(load(RELEASE).jobs).publish);
    const create = String(steps(publish).find((s) => s.name === 'Create the GitHub release')?.run);
    expect(create).toContain('for dir in native/*/; do');
    expect(create).toContain('cp "$dir/pkcs11.node" "$RUNNER_TEMP/assets/pkcs11-$target.node"');
    expect(create).toContain('cp native/manifest.json "$RUNNER_TEMP/assets/native-manifest.json"');
    expect(create).toContain('sha256sum -- *.node native-manifest.json > SHA256SUMS');
    expect(create).toContain('gh release create "$TAG" "${flags[@]}" "$RUNNER_TEMP"/assets/*');
    expect(create.indexOf('gh release view')).toBeLessThan(create.indexOf('gh release create'));
  });
});
