/** REST API plumbing shared by every module: problem-document error mapping. */
package fr.levier.shared.api;
