import { ApiObject, ApiObjectProps } from 'cdk8s';
import { Construct } from 'constructs';

/**
 * Edits a synthesized manifest in place: the escape hatch for anything the props do not cover.
 * @category Constructs
 */
export type ManifestTransform = (manifest: Record<string, any>) => void;

/**
 * Makes every synth of `apiObject` pass its final manifest (lazy values resolved, JSON patches
 * applied) through `transform`. Works on any ApiObject, also one that an L2 construct created
 * (`ApiObject.of(kplusDeployment)`), which cannot be a TransformableApiObject. Transforms added
 * later run later. `undefined` adds nothing, so optional props can be passed straight through.
 * @category Constructs
 */
export function addManifestTransform(apiObject: ApiObject, transform: ManifestTransform | undefined): void {
  if (!transform) return;
  // An own property shadows the prototype's toJson for this object only; cdk8s calls toJson at synth.
  const render = apiObject.toJson.bind(apiObject);
  Object.defineProperty(apiObject, 'toJson', {
    configurable: true,
    writable: true,
    value: () => {
      const json = render();
      transform(json);
      return json;
    },
  });
}

/** @category Constructs */
export interface TransformableApiObjectProps extends ApiObjectProps {
  /**
   * Applied to the final manifest at synth, after every lazy value and JSON patch is resolved.
   * @default none
   */
  readonly transform?: ManifestTransform;
}

/**
 * An ApiObject whose final JSON goes through a user transform (like SST's `transform`).
 * @category Constructs
 */
export class TransformableApiObject extends ApiObject {
  public constructor(scope: Construct, id: string, props: TransformableApiObjectProps) {
    const { transform, ...apiProps } = props;
    super(scope, id, apiProps);
    addManifestTransform(this, transform);
  }
}
