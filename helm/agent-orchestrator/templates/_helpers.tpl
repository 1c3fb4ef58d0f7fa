{{/* Chart name, truncated to a DNS label. */}}
{{- define "ao.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-scoped name for every object; the release name alone when it already contains the chart name. */}}
{{- define "ao.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else if contains (include "ao.name" .) .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name (include "ao.name" .) | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "ao.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ao.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: operator
{{- end }}

{{- define "ao.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "ao.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: agent-orchestrator
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "ao.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "ao.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- required "serviceAccount.name is required when serviceAccount.create is false" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "ao.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{- define "ao.leaseName" -}}
{{- default (printf "%s-leader" (include "ao.fullname" .)) .Values.leaderElection.leaseName | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Namespaces that hold agent pods and so get the agent NetworkPolicy. */}}
{{- define "ao.agentNamespaces" -}}
{{- $namespaces := .Values.networkPolicy.namespaces | default .Values.watchNamespaces -}}
{{- toJson (default (list) $namespaces) -}}
{{- end }}

{{/*
What the operator does in the namespaces it watches, and nothing more. Each rule is explained in
docs/operations.md ("Permissions"); RbacRulesIT derives the same set from the API requests the
operator makes and fails on anything missing or extra.
*/}}
{{- define "ao.operatorRules" -}}
# Sessions: informers (list, watch), finalizer (patch). create, update, delete and sessions/status get
# are held only because the Role the operator gives orchestrator Sessions grants them, and RBAC lets
# nobody grant a permission they do not hold.
- apiGroups: ["agent-orchestrator.io"]
  resources: ["sessions"]
  verbs: ["get", "list", "watch", "create", "update", "patch", "delete"]
- apiGroups: ["agent-orchestrator.io"]
  resources: ["sessions/status"]
  verbs: ["get", "update"]
# Owned objects carry blockOwnerDeletion, which the OwnerReferencesPermissionEnforcement admission
# plugin (OpenShift, hardened clusters) allows only to who may update the owner's finalizers.
- apiGroups: ["agent-orchestrator.io"]
  resources: ["sessions/finalizers"]
  verbs: ["update"]
# Projects: informers, finalizer; get for the orchestrator Role (see above).
- apiGroups: ["agent-orchestrator.io"]
  resources: ["projects"]
  verbs: ["get", "list", "watch", "patch"]
- apiGroups: ["agent-orchestrator.io"]
  resources: ["projects/status"]
  verbs: ["update"]
# Agent pods: created and deleted by the operator; watched through a label-filtered informer.
- apiGroups: [""]
  resources: ["pods"]
  verbs: ["list", "watch", "create", "delete"]
# Workspaces: get + patch only to orphan a retained workspace when its Session is deleted.
- apiGroups: [""]
  resources: ["persistentvolumeclaims"]
  verbs: ["get", "list", "watch", "create", "patch", "delete"]
# Runner tokens (created, watched by label, deleted); get reads the Secrets a Project names
# (SCM token, Slack URL, webhook key). RBAC cannot narrow list/watch to a label: the informer does.
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get", "list", "watch", "create", "delete"]
- apiGroups: [""]
  resources: ["events"]
  verbs: ["create"]
# API access of orchestrator Sessions: a ServiceAccount, a Role and its RoleBinding per Session.
- apiGroups: [""]
  resources: ["serviceaccounts"]
  verbs: ["create", "delete"]
- apiGroups: ["rbac.authorization.k8s.io"]
  resources: ["roles", "rolebindings"]
  verbs: ["create", "delete"]
{{- end }}
