import { ApiObject, ApiObjectProps } from 'cdk8s';
import { Construct } from 'constructs';

/** Edits a synthesized manifest in place: the escape hatch for anything the props do not cover. */
export type ManifestTransform = (manifest: Record<string, any>) => void;

export interface TransformableApiObjectProps extends ApiObjectProps {
  /**
   * Applied to the final manifest at synth, after every lazy value and JSON patch is resolved.
   * @default none
   */
  readonly transform?: ManifestTransform;
}

/** An ApiObject whose final JSON goes through a user transform (like SST's `transform`). */
export class TransformableApiObject extends ApiObject {
  private readonly transform?: ManifestTransform;

  public constructor(scope: Construct, id: string, props: TransformableApiObjectProps) {
    const { transform, ...apiProps } = props;
    super(scope, id, apiProps);
    this.transform = transform;
  }

  public toJson(): any {
    const json = super.toJson();
    this.transform?.(json);
    return json;
  }
}
