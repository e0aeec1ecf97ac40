/**
 * Checks Kubernetes objects against the API schema as the kubernetes-models package carries it
 * (generated from the upstream OpenAPI document, resource.k8s.io/v1 included).
 *
 * Two halves, because the package's validators check types, required fields and enums but let
 * unknown fields through — as an API server without strict field validation silently drops
 * them, which is how a misspelt `mountPropagaton` ships unnoticed. Unknown fields are found by
 * walking each object along the package's TypeScript declarations of the same schema, read with
 * the TypeScript compiler.
 */
import path from 'node:path';
import ts from 'typescript';

export interface TypeMeta {
  apiVersion: string;
  kind: string;
}

interface ModelClass {
  new (data: unknown): { validate(): void };
}

export class KubeSchema {
  readonly #models: Map<string, ModelClass>;
  readonly #types: Map<string, ts.Type>;
  readonly #checker: ts.TypeChecker;

  private constructor(models: Map<string, ModelClass>, types: Map<string, ts.Type>, checker: ts.TypeChecker) {
    this.#models = models;
    this.#types = types;
    this.#checker = checker;
  }

  /** Loads what checking these kinds needs; kinds the package does not know are reported by problems(). */
  static async load(kinds: TypeMeta[], packageRoot: string): Promise<KubeSchema> {
    const models = new Map<string, ModelClass>();
    for (const { apiVersion, kind } of kinds) {
      const model = await importModel(apiVersion, kind);
      if (model) models.set(key(apiVersion, kind), model);
    }
    const { checker, types } = declaredTypes([...models.keys()], packageRoot);
    return new KubeSchema(models, types, checker);
  }

  /** Every way the object breaks the schema, each naming the field's path; empty when it is valid. */
  problems(object: unknown): string[] {
    if (!isRecord(object) || typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') {
      return ['not a Kubernetes object: apiVersion and kind must be strings'];
    }
    const name = key(object.apiVersion, object.kind);
    const model = this.#models.get(name);
    const type = this.#types.get(name);
    if (!model || !type) return [`unknown kind ${object.kind} in ${object.apiVersion}`];
    const problems: string[] = [];
    try {
      new model(object).validate();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
    this.#unknownFields(type, object, '', problems);
    return problems;
  }

  #unknownFields(declared: ts.Type, value: unknown, at: string, problems: string[]): void {
    const type = this.#checker.getNonNullableType(declared);
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return;
    const members = type.isUnion() ? type.types : [type];
    const objectTypes = members.filter((member) => member.flags & ts.TypeFlags.Object);
    // Scalars and scalar unions (IntOrString, Quantity) are the validators' business.
    if (objectTypes.length === 0 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      const arrayType = objectTypes.find((member) => this.#checker.isArrayType(member));
      const element = arrayType && this.#checker.getTypeArguments(arrayType as ts.TypeReference)[0];
      if (element) value.forEach((item, index) => this.#unknownFields(element, item, `${at}[${index}]`, problems));
      return;
    }
    const shape = objectTypes.find((member) => !this.#checker.isArrayType(member));
    if (!shape) return;
    const properties = this.#checker.getPropertiesOfType(shape);
    const indexType = this.#checker.getIndexTypeOfType(shape, ts.IndexKind.String);
    // A type with neither properties nor an index signature is free-form JSON (RawExtension, JSON).
    if (properties.length === 0 && !indexType) return;
    for (const [field, fieldValue] of Object.entries(value)) {
      const fieldPath = at ? `${at}.${field}` : field;
      const property = this.#checker.getPropertyOfType(shape, field);
      const fieldType = property ? this.#checker.getTypeOfSymbol(property) : indexType;
      if (fieldType) this.#unknownFields(fieldType, fieldValue, fieldPath, problems);
      else problems.push(`${fieldPath}: unknown field`);
    }
  }
}

function key(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The package's module for a group/version is its apiVersion ("v1" for the core group). */
async function importModel(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
  let exports: Record<string, unknown>;
  try {
    exports = await import(`kubernetes-models/${apiVersion}`) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const model = exports[kind];
  return typeof model === 'function' ? model as ModelClass : undefined;
}

/**
 * The declared interface (`I<Kind>`) of each kind, from a virtual module that only names them:
 * the program then holds just those declarations and what they reference.
 */
function declaredTypes(kinds: string[], packageRoot: string): { checker: ts.TypeChecker; types: Map<string, ts.Type> } {
  const virtualFile = path.join(packageRoot, '__kube_schema_types__.mts');
  const aliases = kinds.map((name, index) => {
    const kind = name.slice(name.lastIndexOf('/') + 1);
    return `export type T${index} = import(${JSON.stringify(`kubernetes-models/${name}`)}).I${kind};`;
  });
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const source = ts.createSourceFile(virtualFile, aliases.join('\n'), ts.ScriptTarget.ES2023, true);
  const baseGetSourceFile = host.getSourceFile.bind(host);
  const baseFileExists = host.fileExists.bind(host);
  host.getSourceFile = (fileName, ...rest) => fileName === virtualFile ? source : baseGetSourceFile(fileName, ...rest);
  host.fileExists = (fileName) => fileName === virtualFile || baseFileExists(fileName);
  const program = ts.createProgram([virtualFile], options, host);
  const diagnostics = program.getSemanticDiagnostics(source);
  if (diagnostics.length > 0) {
    throw new Error(`kubernetes-models declarations do not load: ${ts.flattenDiagnosticMessageText(diagnostics[0]!.messageText, '\n')}`);
  }
  const checker = program.getTypeChecker();
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
  const types = new Map<string, ts.Type>();
  kinds.forEach((name, index) => {
    const alias = exported.find((symbol) => symbol.name === `T${index}`);
    if (alias) types.set(name, checker.getDeclaredTypeOfSymbol(alias));
  });
  return { checker, types };
}
