/**
 * The generated kubelet-facing message classes under short names: plugin registration, the
 * two DRA API versions and the optional device health API. Everything else imports the wire schema from here, so a regeneration
 * touches one file.
 */
import { k8s, pluginregistration, v1alpha1 } from './generated/kubelet.js';

export const registration = pluginregistration;
export const draV1 = k8s.io.kubelet.pkg.apis.dra.v1;
export const draV1beta1 = k8s.io.kubelet.pkg.apis.dra.v1beta1;
export const draHealthV1alpha1 = v1alpha1;
